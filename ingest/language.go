package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample bounds the text the detector reads: the trigram profile of the first few
// kilobytes is as telling as the whole article's, at a fixed cost.
const languageSample = 4 << 10

// minLanguageWords is the shortest text whose language is told. In the Latin script a
// headline or a one-line note has too few trigrams for the detector to be trusted (a
// twelve-word English headline can come out French); in another script a few words are
// enough to know the text is not English.
const (
	minLanguageWords      = 6
	minLatinLanguageWords = 20
)

// DetectLanguage returns the ISO 639-1 code of text's language, or "" when the text is too
// short or the detector (whatlanggo, the one go-trafilatura uses) is not confident. A ""
// never excludes an article: only a language told with confidence does.
func DetectLanguage(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	words := len(strings.Fields(text))
	if words < minLanguageWords {
		return ""
	}
	info := whatlanggo.Detect(text)
	latin := info.Script == unicode.Latin
	// Within a script other than Latin the detector may hesitate between neighbours
	// (Russian or Ukrainian), but the script alone says the text is not English.
	if info.Lang < 0 || latin && (!info.IsReliable() || words < minLatinLanguageWords) {
		return ""
	}
	return info.Lang.Iso6391()
}
