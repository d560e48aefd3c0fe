import type { Section } from '../model/section';

/**
 * The titles a citation shows for a section: in the business part the label (`IV-1-①`) already
 * names the part and chapter, so the path starts at the program; elsewhere it is the whole path.
 *
 * @example
 * citedPath(overview); // ['청년취업사관학교 조성·운영 추진현황 및 향후계획', '사업개요']
 */
export function citedPath(section: Section): string[] {
  return section.label.includes('-') ? section.path.slice(2) : section.path;
}
