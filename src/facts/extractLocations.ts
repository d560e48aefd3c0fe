import type { LocationFact } from '../model/locationFact';
import { type FactContext, sourceOf } from './FactContext';
import { subjectOf, titleOf } from './subjectOf';

const PLACE_KEY = /^(위치|장소|대상지|개최장소|위치\/규모|규모\/위치)$/;
const AREA_KEY = /^(규모|면적|건축규모)$/;
const AREA = /(?:연면적|전용면적|면적)?\s*(?:약\s*)?\d[\d,.]*\s*[천만]?㎡(?:\s*\([^)]*\))?/;
/** Seoul's 25 districts: only a real 구 name counts (`혁신지구` is not one). */
const DISTRICT = /(종로구|중구|용산구|성동구|광진구|동대문구|중랑구|성북구|강북구|도봉구|노원구|은평구|서대문구|마포구|양천구|강서구|구로구|금천구|영등포구|동작구|관악구|서초구|강남구|송파구|강동구)(?=\s|$|,|\))/;
const KEY_VALUE = /^\s*(?:-\s*)?(?:[▶■※]\s*)*([^:：\t]{1,12}?)\s*[:：]\s*(.+)$/;

/**
 * Every place in the report: `위 치 : …`, `장 소 : …`, `위치/규모 : …` lines (with the area from the
 * line or the `규모`/`면적` line just below), the `▶위치: … ▶면적: …` cells under a row of facility
 * names (the 청년취업사관학교 campuses), and tables with a 위치 row or a 장소 column.
 */
export function extractLocations(context: FactContext): LocationFact[] {
  const found: LocationFact[] = [];
  const add = (line: number, name: string, address: string, area: string | null) => {
    found.push({
      id: `location:${context.docId}:${line}:${found.length}`,
      name: name.trim(),
      programId: context.ownerOf(line).programId,
      address: address.trim(),
      area: area?.trim() ?? null,
      district: address.match(DISTRICT)?.[1] ?? null,
      source: sourceOf(context, line),
    });
  };

  let table: string[][] = [];
  for (const line of context.lines) {
    const text = line.norm;
    if (!context.ownerOf(line.n).label.includes('-')) continue;
    if (!text.includes('\t')) {
      table = [];
      const kv = text.match(KEY_VALUE);
      if (!kv || !PLACE_KEY.test(kv[1]!.replace(/\s+/g, ''))) continue;
      const value = kv[2]!;
      add(line.n, subjectOf(context, line.n).name, value, value.match(AREA)?.[0] ?? areaBelow(context, line.n));
      continue;
    }
    const cells = text.split('\t').map((c) => c.trim());
    if (cells.some((c) => /▶\s*위치\s*:/.test(c))) {
      const names = nearestHeaderRow(context, line.n);
      cells.forEach((cell, i) => {
        const address = cell.match(/▶\s*위치\s*:\s*(.+?)(?=\s*▶|$)/)?.[1];
        if (!address) return;
        const area = cell.match(/▶\s*(?:면적|규모)\s*:\s*(.+?)(?=\s*▶|$)/)?.[1] ?? null;
        const name = (names[i] ?? '').replace(/\s*\(.*$/, '').trim();
        add(line.n, name ? `${titleOf(context, line.n).split(' ')[0]} ${name}` : titleOf(context, line.n), address, area);
      });
      continue;
    }
    table.push(cells);
    const header = table[0]!;
    const rowLabel = cells[0]!.replace(/\s+/g, '');
    if (table.length > 1 && PLACE_KEY.test(rowLabel)) {
      const areaRow = nextRow(context, line.n, AREA_KEY);
      cells.slice(1).forEach((cell, i) => {
        if (cell) add(line.n, header[i + 1] ?? titleOf(context, line.n), cell, areaRow?.[i + 1] ?? null);
      });
      continue;
    }
    const placeColumn = header.findIndex((c) => PLACE_KEY.test(c.replace(/\s+/g, '')));
    if (table.length > 1 && placeColumn > 0 && cells[placeColumn] && cells[0]) add(line.n, cells[0], cells[placeColumn]!, null);
  }
  return found;
}

/** The area from a `규모`/`면적` line right below a place line, if there is one. */
function areaBelow(context: FactContext, line: number): string | null {
  for (let n = line + 1; n <= Math.min(line + 2, context.lines.length); n++) {
    const text = context.lines[n - 1]!.norm;
    const kv = text.match(KEY_VALUE);
    if (kv && AREA_KEY.test(kv[1]!.replace(/\s+/g, ''))) return kv[2]!.match(AREA)?.[0] ?? kv[2]!;
    if (/^\s*\(/.test(text) && AREA.test(text)) return text.match(AREA)![0]; // `(양재·우면동 일대 약 300만㎡)` continues the place
  }
  return null;
}

/** The row of facility names above a row of `▶위치` cells. */
function nearestHeaderRow(context: FactContext, line: number): string[] {
  for (let n = line - 1; n >= Math.max(1, line - 4); n--) {
    const text = context.lines[n - 1]!.norm;
    if (text.includes('\t') && /[가-힣]/.test(text)) return text.split('\t').map((c) => c.trim());
  }
  return [];
}

/** The cells of the next table row whose label matches. */
function nextRow(context: FactContext, line: number, label: RegExp): string[] | null {
  for (let n = line + 1; n <= Math.min(line + 4, context.lines.length); n++) {
    const cells = context.lines[n - 1]!.norm.split('\t').map((c) => c.trim());
    if (label.test(cells[0]!.replace(/\s+/g, ''))) return cells;
  }
  return null;
}
