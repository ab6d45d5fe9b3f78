/**
 * Source files as text: UTF-8 when they are valid UTF-8 (a BOM is dropped), otherwise the encoding
 * chardet detects, decoded with iconv-lite. Korean Windows notes are usually CP949 (a superset of
 * EUC-KR), so a Korean guess is decoded as CP949. Pure: takes bytes, never throws.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedSource {
  text: string;
  /** The encoding the text was decoded from ("UTF-8", "CP949", …). */
  encoding: string;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** chardet's names for the encodings a Korean learner's files come in, and what iconv-lite calls them. */
const KOREAN = new Set(['EUC-KR', 'ISO-2022-KR', 'CP949', 'UHC']);

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    return { text: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding, warnings: [`decoded from ${encoding}`] };
  }
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'UTF-8', warnings: [] };
  } catch {
    // not UTF-8: guess below
  }
  const guesses = analyse(bytes).filter((match) => match.name !== 'UTF-8');
  const guess = guesses[0]?.name;
  const encoding = guess && KOREAN.has(guess) ? 'CP949' : guess && iconv.encodingExists(guess) ? guess : 'CP949';
  const text = stripBom(iconv.decode(Buffer.from(bytes), encoding));
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  const warnings = [`not UTF-8: decoded as ${encoding}${guess && guess !== encoding ? ` (detected ${guess})` : ''}`];
  if (replaced) warnings.push(`${replaced} characters could not be decoded and were replaced by �`);
  return { text, encoding, warnings };
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
