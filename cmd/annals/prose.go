package main

import (
	"unicode"
	"unicode/utf8"
)

// hasSentence reports whether a text holds at least one sentence of running text: three or
// more words of letters, one of them in lower case, ending in '.', '!' or '?' right after a
// word of two letters or more ("e.g." ends none) or after such a word and a closing bracket
// or quote ("... near Kadugli (South Kordofan)."), and followed by a space, a closing quote
// or bracket, or the end of the text. A table of numbers and names (a colour table, a
// configuration file, a list of places) has none, and is no news: coding it would read its
// words as events.
func hasSentence(text string) bool {
	words, lower, last := 0, false, 0 // last: the letters of the word before a stop
	inWord, letters, wordLower, n := false, true, false, 0
	endWord := func() {
		last = 0
		if inWord && letters {
			words++
			lower = lower || wordLower
			last = n
		}
		inWord, letters, wordLower, n = false, true, false, 0
	}
	closed := false // a closing bracket or quote right after a word, which keeps last
	for i, r := range text {
		wasClosed := closed
		closed = false
		switch {
		case unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-':
			if !inWord {
				wordLower = unicode.IsLower(r)
			}
			inWord = true
			n++
		case unicode.IsDigit(r):
			inWord, letters = true, false
		case r == '.' || r == '!' || r == '?':
			if !wasClosed {
				endWord()
			}
			if words >= 3 && lower && last >= 2 && sentenceEnd(text[i+1:]) {
				return true
			}
			if sentenceEnd(text[i+1:]) {
				words, lower = 0, false
			}
		case r == ')' || r == ']' || r == '"' || r == '”':
			// A word closed by a bracket or a quote still ends the sentence when a stop
			// follows: "... near the river (Blue Nile)." keeps "Nile" as the word before it.
			if inWord {
				endWord()
				closed = true
			} else {
				closed = wasClosed // "(... Nile)]."
			}
		case r == '\n' && i+1 < len(text) && text[i+1] == '\n':
			endWord()
			words, lower = 0, false // a paragraph ends a sentence that had no stop
		default:
			endWord()
		}
	}
	return false
}

// sentenceEnd reports whether what follows a stop ends a sentence there.
func sentenceEnd(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsSpace(r) || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']'
}
