/** Where something is in the report, in the shape answers and milestones share. */
export interface CitationParts {
  /** Short label such as `IV-1-①`. */
  section: string;
  /** Section titles joined with ` › `. */
  title: string;
  line: number;
  /** The report's name, when more than one report is loaded. */
  report?: string;
}

/**
 * `IV-1-① 청년취업사관학교 › 사업개요, 254행`: the citation line shown under answers and digest items,
 * led by the report's name when more than one report is loaded.
 */
export function citationText(citation: CitationParts): string {
  const where = [citation.report ?? '', citation.section, citation.title].filter((part) => part.trim() !== '').join(' ');
  return `${where}, ${citation.line}행`;
}
