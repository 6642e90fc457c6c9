/** Files that are not content: hidden files, editors' backups and downloads in progress. */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || /\.(tmp|swp|part|crdownload)$/i.test(name);
}
