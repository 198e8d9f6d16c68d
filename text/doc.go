// Package text turns an article's text into sentences and tokens: byte offsets, part-of-speech
// tags, lemmas, and a few shallow marks (capitalisation, clause boundaries) that the actor and
// event stages read.
//
// Input: the article text (UTF-8). Output: a Doc whose every Token and Sentence carries byte
// offsets into that text; nothing is copied or normalised.
//
// It does not build a full parse tree: tagging is a lexicon lookup refined by local context
// rules, which is what the dictionary-driven coder needs and costs microseconds per sentence.
package text
