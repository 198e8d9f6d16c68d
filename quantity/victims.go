package quantity

import (
	"bufio"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
)

// victimNouns are the nouns of people, singular and plural, with how many people one of
// them is (a couple is two), from dict/quantity/victims.tsv: they let a victim be counted
// without a number ("a farmer was killed", "the couple died"). Read once, when the package
// is loaded.
var victimNouns = mustLoadVictims(dict.FS, "quantity/victims.tsv")

// victimForm is a form of a person noun: how many people one is, and whether the form is
// a plural.
type victimForm struct {
	people int
	plural bool
}

func mustLoadVictims(fsys fs.FS, path string) map[string]victimForm {
	m, err := loadVictims(fsys, path)
	if err != nil {
		panic(err) // the file is compiled in: a bad one fails every test at once
	}
	return m
}

// loadVictims reads NOUN<TAB>PEOPLE lines, skipping blank lines and # comments, and adds
// the regular plurals of each noun (-s, -es, -man to -men).
func loadVictims(fsys fs.FS, path string) (map[string]victimForm, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]victimForm{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		noun, count, ok := strings.Cut(l, "\t")
		n, err := strconv.Atoi(count)
		if !ok || err != nil || n < 1 || noun != strings.ToLower(noun) {
			return nil, fmt.Errorf("%s:%d: want NOUN<TAB>PEOPLE, got %q", path, line, l)
		}
		plurals := []string{noun + "s", noun + "es"}
		if strings.HasSuffix(noun, "man") {
			plurals = append(plurals, strings.TrimSuffix(noun, "man")+"men")
		}
		if strings.HasSuffix(noun, "y") {
			plurals = append(plurals, strings.TrimSuffix(noun, "y")+"ies")
		}
		for _, p := range plurals {
			if _, ok := m[p]; !ok {
				m[p] = victimForm{people: n, plural: true}
			}
		}
		m[noun] = victimForm{people: n}
	}
	return m, sc.Err()
}

// victimNoun returns how many people the person noun at t is, and whether it is a plural;
// 0 if it is no person noun. It does not trust the tag, which often misreads a noun after
// a determiner ("a drug suspect" as a verb, "a civilian" as an adjective).
func victimNoun(t *text.Token) (n int, plural bool) {
	if v, ok := victimNouns[t.Lower]; ok {
		return v.people, v.plural
	}
	if v, ok := victimNouns[t.Lemma]; ok && t.Tag.IsNoun() {
		return v.people, t.Lemma != t.Lower || v.plural // "children", "people"
	}
	return 0, false
}

// victimDeterminer reads a noun phrase's opening word that lets its people be counted
// without a number: "a", "an", "his", "her" before a single person (one new victim), "the",
// "this", "that" before one already told of (definite), "both" (two), and the pronouns "he"
// and "she" as a subject (one, definite). ok is false for any other word.
func victimDeterminer(l string) (definite, pronoun, ok bool) {
	switch l {
	case "a", "an", "his", "her":
		return false, false, true
	case "the", "this", "that", "both":
		return true, false, true
	case "he", "she":
		return true, true, true
	}
	return false, false, false
}

// countWithoutNumber counts the victims of the noun phrase that opens at i with a
// determiner (victimDeterminer): it returns the count and the index of the noun, -1 for a
// bare pronoun ("he", "both"). ok is false when the phrase names no person ("a bomb") or
// names several people with no number ("the soldiers").
func countWithoutNumber(toks []text.Token, i, end int) (count, noun int, definite, ok bool) {
	l := toks[i].Lower
	definite, pronoun, ok := victimDeterminer(l)
	if !ok {
		return 0, 0, false, false
	}
	if pronoun {
		return 1, -1, true, true
	}
	// The noun counted: past adjectives, names and the words of a compound, to its head ("a
	// sugarcane farmer", "a local man", "the drug suspect", "a 48-year-old displaced
	// person"); a possessor is not the head ("the court's chief"), unless its body follows
	// ("a man's body").
	head := -1
	for j := i + 1; j < end && j <= i+7; j++ {
		t := &toks[j]
		if n, _ := victimNoun(t); n > 0 {
			head = j
			continue
		}
		if t.Tag.IsNoun() && !properish(t) {
			head = j // a compound whose head is no person: "a civilian vehicle"
			continue
		}
		if t.Tag == "POS" {
			if head >= 0 && j+1 < end && bodyNoun(&toks[j+1]) {
				break
			}
			head = -1
			continue
		}
		if properish(t) || head < 0 && (t.Tag.IsAdj() || t.Tag == "VBN" || t.Tag == "VBD" || t.Tag == "CD" || t.Tag == "HYPH" || t.Text == "-") {
			continue // "an unidentified gunman", "a Jubo League leader", "a 48-year-old man"
		}
		break
	}
	if l == "both" && (head < 0 || head == i+1 && toks[head].Tag.IsVerb()) {
		return 2, -1, true, true // "both were killed", "both died"
	}
	if head < 0 {
		return 0, 0, false, false
	}
	n, plural := victimNoun(&toks[head])
	switch {
	case n == 0:
		return 0, 0, false, false
	case l == "both":
		return 2, head, true, true
	case plural:
		return 0, 0, false, false // "the soldiers": how many is not said
	}
	return n, head, definite, true
}

// properish reports whether a token is a name: a proper noun, or an acronym the tagger
// may read as a word ("IS" as "is").
func properish(t *text.Token) bool {
	if t.Tag.IsProper() {
		return true
	}
	if len(t.Text) < 2 {
		return false
	}
	for k := 0; k < len(t.Text); k++ {
		if c := t.Text[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// alternativeSource reports whether the words before i in the sentence attribute what
// follows to another source than the report's ("other sources said", "according to some
// reports"): the count there is an alternative figure for the same deaths, not more deaths.
func alternativeSource(toks []text.Token, first, i int) bool {
	for j := first + 1; j < i; j++ {
		switch toks[j].Lemma {
		case "source", "report", "account":
			switch toks[j-1].Lower {
			case "other", "some", "another", "different", "unconfirmed", "conflicting":
				return true
			}
		}
	}
	return false
}
