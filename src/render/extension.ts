// Output formats named by a file's extension (-o 任务分工表.xlsx without --format).

/** The format whose extensions hold the path's, in any case (tasks.CSV: csv), or null. */
export function formatNamedBy<F extends string>(path: string, names: readonly F[], extensionsOf: (name: F) => readonly string[]): F | null {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return names.find((name) => extensionsOf(name).includes(extension)) ?? null;
}
