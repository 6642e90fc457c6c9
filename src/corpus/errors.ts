/** Why a corpus file was skipped: each reason is one line, shown beside the file's name. */
export const CORPUS_ERRORS = Object.freeze({
  empty: "the file is empty",
  tooLarge: (bytes: number) => `the file is too large (${bytes} bytes)`,
  binary: "the file is not text (binary content)",
  unsupported: (ext: string) => `unsupported file type "${ext}" (expected .txt or .html pages, or .md articles)`,
  noTitle: "no title: nothing reads as the article's title (a line above its date, a # heading, the page's title or h1)",
  noBody: "no article text after the title",
  noArticle: "no article in the page (a home page, an error page or a login wall?)",
  badDate: (text: string) => `impossible date "${text}"`,
  listCutOff: (list: string, title: string) => `the "${list}" list is cut off: "${title}" has no date`,
  badFrontMatter: (line: string) => `malformed front matter line "${line}" (expected key: value)`,
  unclosedFrontMatter: "front matter opened with --- is never closed",
  noFolder: (dir: string) => `the corpus folder "${dir}" does not exist`,
  folder: "a folder: pages are read from the corpus folder itself, not from its subfolders",
  special: (kind: string) => `${kind}, not a file`,
  linkLoop: "a symbolic link that loops back on itself",
  linkBroken: "a symbolic link to nothing (its target is missing)",
});

/** A corpus file that cannot be loaded; the message is the reason, without the file name. */
export class CorpusFileError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CorpusFileError";
  }
}
