/**
 * A Chinese character, or a full-width sign or punctuation (全角): where a text is wrapped onto a
 * new line beside one, the wrap is layout, not a space — in a PDF's cell (src/readers/pdfLattice.ts)
 * as in a web page's source (src/readers/html.ts).
 */
export const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
