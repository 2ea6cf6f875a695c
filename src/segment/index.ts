/**
 * Sentences and words: the rule-based sentence splitter (sentences.ts) and the trained word
 * segmenter (words.ts, model in models/segmenter). src/pipeline.ts imports these two functions.
 */
export { splitSentences, splitSpan } from './sentences.ts';
export { segmentWords, segmentText, segmentSpan } from './words.ts';
