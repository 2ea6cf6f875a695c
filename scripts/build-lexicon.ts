/**
 * `npm run build:lexicon`: precompute the segmenter's word-list lexicon (models/segmenter/lexicon.bin.gz)
 * from @vntk/dictionary, so that runs load it in milliseconds. Deterministic: same lists, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { COMPILED_LEXICON, dictionaryLexicon, encodeLexicon } from '../src/segment/lexicon.ts';

const lex = dictionaryLexicon({ compiled: false });
const gz = gzipSync(encodeLexicon(lex), { level: 9 });
writeFileSync(COMPILED_LEXICON, gz);
console.log(`${COMPILED_LEXICON.pathname}: ${lex.entries.size} entries (${lex.size} words), ${gz.length} bytes, lists sha256 ${lex.sha256.slice(0, 16)}…`);
