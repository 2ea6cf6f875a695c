import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { matchKey } from '../src/text/fold.ts';
import { KeyTrie } from '../src/entities/trie.ts';
import { PhraseTable } from '../src/entities/phrases.ts';
import { gazetteer } from '../src/entities/gazetteer.ts';
import { aliasKey, wordsOf } from '../src/entities/words.ts';
import { HONORIFICS, LOC_HEADS, ORG_HEADS } from '../src/entities/lexicon.ts';

/** The value the trie holds for the whole of `text`, walking it word by word as the recogniser does. */
function lookup<V>(trie: KeyTrie<V>, text: string): V | undefined {
  const ws = wordsOf(text);
  let node = trie.root(ws[0]!);
  for (let n = 1; node && n < ws.length; n++) node = node.child(ws[n]!);
  return node?.value;
}

test('a trie path spells the words and their separators, in any case and tone style', () => {
  const trie = new KeyTrie<string>();
  for (const name of ['Kim Jong-un', 'Kim Jong Un', 'Thanh Hoá', 'châu Á - Thái Bình Dương', 'Kurt M. Campbell']) trie.node(wordsOf(name)).value = name;
  assert.equal(lookup(trie, 'KIM JONG-UN'), 'Kim Jong-un');
  assert.equal(lookup(trie, 'Kim Jong Un'), 'Kim Jong Un');
  assert.equal(lookup(trie, 'Thanh Hóa'), 'Thanh Hoá'); // new-style tone, same key
  assert.equal(lookup(trie, 'Châu Á - Thái Bình Dương'), 'châu Á - Thái Bình Dương');
  assert.equal(lookup(trie, 'Kurt M. Campbell'), 'Kurt M. Campbell');
  // a prefix, another separator, an unknown first word: nothing
  assert.equal(lookup(trie, 'Kim'), undefined);
  assert.equal(lookup(trie, 'Kim Jong - un'), undefined);
  assert.equal(lookup(trie, 'Park Jong-un'), undefined);
  assert.equal(trie.hasFirst('kim'), true);
  assert.equal(trie.hasFirst('park'), false);
});

test('the gazetteer trie holds exactly the entries keyed by aliasKey', () => {
  const g = gazetteer();
  for (const alias of ['Hàn Quốc', 'Triều Tiên', 'Nhà Trắng', 'Mỹ', 'Bình Nhưỡng']) {
    const e = g.entries.get(aliasKey(alias));
    assert.ok(e, alias);
    assert.equal(lookup(g.trie, alias), e);
  }
  assert.equal(lookup(g.trie, 'Hàn'), g.entries.get('hàn'));
});

test('every phrase of a table matches itself whole, written as in the list', () => {
  for (const list of [HONORIFICS, LOC_HEADS, ORG_HEADS]) {
    const table = new PhraseTable(list);
    for (const p of list) assert.equal(table.match(wordsOf(p), 0), wordsOf(p).length, p);
  }
  // case-sensitive tables want the first syllable as written; anyCase tables do not
  assert.equal(new PhraseTable(['Bộ']).match(wordsOf('bộ trưởng'), 0), 0);
  assert.equal(new PhraseTable(['Bộ'], true).match(wordsOf('bộ trưởng'), 0), 1);
});

test('the common-word list holds the matching key of every dictionary line, and nothing else', () => {
  const dir = join(dirname(createRequire(import.meta.url).resolve('@vntk/dictionary/package.json')), 'data');
  const keys = new Set<string>();
  for (const list of ['Viet11K.txt', 'Viet22K.txt']) {
    for (const line of readFileSync(join(dir, list), 'utf8').split('\n')) if (line.trim()) keys.add(matchKey(line.trim()));
  }
  const { words } = gazetteer();
  assert.equal(words.size, keys.size);
  for (const k of keys) assert.ok(words.has(k), k);
  // lines written otherwise than their key ("bí mật.", old-style tones) are found under the key only
  assert.ok(words.has('hòa bình') && !words.has('hoà bình'));
});
