package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/timex"
)

// Languages are the languages the dictionaries code, as ISO 639-1 codes.
var Languages = []string{"en"}

// CheckLanguages returns an error naming the languages the dictionaries cover when list
// holds one they do not.
func CheckLanguages(list []string) error {
	for _, l := range list {
		if !slices.Contains(Languages, l) {
			return fmt.Errorf("no dictionaries for language %q; they cover: %s", l, strings.Join(Languages, ", "))
		}
	}
	return nil
}

// Accepts reports whether an article is in one of the languages of accepted. An article
// whose language could not be told is accepted: only a language told with confidence
// excludes one.
func Accepts(a *annals.Article, accepted []string) bool {
	return a.Language == "" || slices.Contains(accepted, a.Language)
}

// datelineSpan is how far into the text a dateline's date may start.
const datelineSpan = 80

// DateFromDateline gives an article that carries no publication date the one its dateline
// states ("YEREVAN, Friday, 14 May 2021 -"), with PublishedSource "dateline", and reports
// whether it did. Code does the same on its own copy; doing it on the article itself lets a
// command store and print where the date came from.
func DateFromDateline(a *annals.Article) bool {
	if !a.Published.IsZero() {
		return false
	}
	head := a.Text
	if len(head) > 2*datelineSpan {
		cut := 2 * datelineSpan
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	d, ok := dateline(head, timex.Find(head, a.Published))
	if !ok {
		return false
	}
	a.Published, a.PublishedSource = d, annals.PublishedDateline
	return true
}
