import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { mapWithConcurrency } from './concurrency';

/** A file of the build, named by the S3 key it is published under. */
export interface LocalFile {
  /** Path under dist/ with forward slashes, e.g. "ko/notes/lambda/index.html". */
  key: string;
  absolutePath: string;
  size: number;
  /** Hex SHA-256 of the content, compared with the hash stored on the S3 object. */
  sha256: string;
}

const HASHING_CONCURRENCY = 8;

/** Every regular file under distDir with its content hash, sorted by key. */
export async function scanBuild(distDir: string): Promise<LocalFile[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const absolutePaths = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const files = await mapWithConcurrency(absolutePaths, HASHING_CONCURRENCY, async (absolutePath) => {
    const body = await readFile(absolutePath);
    return {
      key: keyFor(distDir, absolutePath),
      absolutePath,
      size: body.byteLength,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
  });
  return files.sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * Browsers percent-encode URLs from NFC text, so keys are NFC too: a Korean file name written in NFD
 * (as macOS file systems may hand it back) would otherwise be published under a key no URL reaches.
 */
function keyFor(distDir: string, absolutePath: string): string {
  return path.relative(distDir, absolutePath).split(path.sep).join('/').normalize('NFC');
}

/** Code-unit order, the order S3 lists keys in, independent of the locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
