// Package timex finds English time expressions in a text and gives each its TIMEX3 type
// (DATE, TIME, DURATION, SET) and normalised value, resolved against the document creation
// time (DCT): "on Wednesday" in an article of Friday 14 May 2021 is 2021-05-12, "last week"
// 2021-W18, "three years" P3Y, "every Friday" XXXX-WXX-5, "recently" PAST_REF.
//
// Input: UTF-8 text and the DCT (the zero time when unknown). Output: the expressions in text
// order, with byte offsets (end exclusive), the text, type, value and TIMEX3 mod, and
// diagnostics for impossible or suspicious dates ("February 30", a year 40 or more after the
// DCT). Without a DCT, values that need it keep X placeholders (XXXX-05-12, XXXX-WXX-3).
//
// How: a state-function scanner cuts the text into words, numbers and punctuation and looks
// words up in the vocabulary (vocab.tsv, embedded: months, weekdays, seasons, numbers, units,
// relative and tense cue words); hand-written grammar rules read the longest expression at
// each token; a normaliser places each one against the DCT, using the tense guessed from the
// nearest tense cue (was, -ed verbs, will, expected ...) for bare weekdays and months, and the
// last date mentioned for anaphoric ones ("the next day", "a year earlier" after "the third
// quarter"). Resolve and Weekday let a caller who knows the governing verb's tense redo that
// choice.
//
// It does not: parse sentences or tag parts of speech (tense is a guess from nearby words);
// link expressions to events; read times of day into other time zones (zone names are kept in
// the span but not applied); handle languages other than English; or resolve expressions
// whose meaning depends on knowledge of the world ("Election Day", "the Easter week").
package timex
