package timex

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed vocab.tsv
var vocabTSV string

// lexeme is everything the vocabulary says about one lower-case word.
type lexeme struct {
	month, weekday int // 1-12, 1-7 (Monday = 1); 0 when not one
	num            int // cardinal value, or -1
	ord            int // ordinal value (last = -1), or 0
	unit           string
	season         string
	partday        string
	ref            string
	mod            string
	approx         string
	set            string
	holiday        string
	decade         string
	rel            int
	hasRel         bool
	dayRel         int
	hasDayRel      bool
	tense          Tense
	abbrMonth      bool // an abbreviation of a month: needs a capital letter
	abbrWeekday    bool // an abbreviation of a weekday: needs a capital letter and a period
	kw             bool
	start          bool   // the word can begin an expression
	rules          uint16 // the rules that may begin at the word
}

// startKW are the grammar keywords an expression can begin with.
var startKW = map[string]bool{"the": true, "a": true, "an": true, "every": true, "each": true, "once": true,
	"twice": true, "fiscal": true, "several": true, "few": true, "couple": true, "many": true, "more": true,
	"less": true, "at": true, "up": true, "no": true, "within": true, "that": true, "same": true, "future": true,
	"these": true, "right": true, "new": true, "recent": true, "year's": false, "mondays": true, "tuesdays": true,
	"wednesdays": true, "thursdays": true, "fridays": true, "saturdays": true, "sundays": true, "year-ago": false}

var (
	vocabOnce sync.Once
	vocab     map[string]*lexeme
	vocabErr  error
)

// lookup returns the vocabulary entry of the lower-case word w, or nil.
func lookup(w string) *lexeme {
	vocabOnce.Do(func() {
		vocab, vocabErr = parseVocab(vocabTSV)
		if vocabErr != nil {
			// vocab.tsv is compiled in and checked by the tests: a bad copy is a build error.
			panic("timex: embedded vocab.tsv: " + vocabErr.Error())
		}
	})
	return vocab[w]
}

// parseVocab reads the WORD<TAB>CLASS<TAB>VALUE lines of the vocabulary.
func parseVocab(src string) (map[string]*lexeme, error) {
	m := map[string]*lexeme{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("vocab.tsv:%d: want 3 fields, got %d", n+1, len(f))
		}
		lx := m[f[0]]
		if lx == nil {
			lx = &lexeme{num: -1}
			m[f[0]] = lx
		}
		if err := lx.set1(f[1], f[2]); err != nil {
			return nil, fmt.Errorf("vocab.tsv:%d: %v", n+1, err)
		}
		lx.start = lx.start || (f[1] != "tense" && f[1] != "kw") || startKW[f[0]]
	}
	for w, lx := range m {
		lx.rules = starts(w, lx)
	}
	return m, nil
}

// set1 records one CLASS VALUE pair.
func (lx *lexeme) set1(class, value string) error {
	num := func() (int, error) { return strconv.Atoi(value) }
	var err error
	switch class {
	case "month":
		lx.month, err = num()
	case "weekday":
		lx.weekday, err = num()
	case "num":
		lx.num, err = num()
	case "ord":
		lx.ord, err = num()
	case "rel":
		lx.rel, err = num()
		lx.hasRel = true
	case "dayrel":
		lx.dayRel, err = num()
		lx.hasDayRel = true
	case "unit":
		lx.unit = value
	case "season":
		lx.season = value
	case "partday":
		lx.partday = value
	case "ref":
		lx.ref = value
	case "mod":
		lx.mod = value
	case "approx":
		lx.approx = value
	case "set":
		lx.set = value
	case "holiday":
		lx.holiday = value
	case "decade":
		lx.decade = value
	case "tense":
		lx.tense, err = parseTense(value)
	case "abbr":
		lx.abbrMonth = lx.abbrMonth || value == "month"
		lx.abbrWeekday = lx.abbrWeekday || value == "weekday"
	case "kw":
		lx.kw = true
	default:
		return fmt.Errorf("unknown class %q", class)
	}
	return err
}

func parseTense(s string) (Tense, error) {
	switch s {
	case "PAST":
		return Past, nil
	case "PRESENT":
		return Present, nil
	case "FUTURE":
		return Future, nil
	}
	return Unknown, fmt.Errorf("unknown tense %q", s)
}
