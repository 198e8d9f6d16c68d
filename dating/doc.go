// Package dating gives every coded event the day it happened, from the time expressions of
// its article (package timex) rather than the publication date.
//
// Input: the analysed text, the events (sentence, head token, status), the article's time
// expressions and its publication date. Output: for each event a date value (TIMEX3-style:
// 2021-05-12, 2020-11, 2020-FA), the expression it came from and its source ("text",
// "published" or ""), and whether the event is background (historical).
//
// An event takes the time expression that governs its clause; else the nearest one in its
// sentence; else the date that opens its sentence or an earlier one of its paragraph as a
// fronted adverbial ("On 8 May, ...", "Around 9 May (as reported), ..."), unless an event
// after that sentence took a date from the text, which then holds; else the publication
// date. A planned event takes no fronted date. Weekdays are resolved again by the tense of
// the event's own verb; "yesterday" or "last week" in a sentence opened by the date of
// another day count from that date; "two days later" counts from the date mentioned last; a
// range of days is the night it began ("the night of 3-4 June"), else the ISO week or the
// month that holds it ("between 1 and 3 March"); a date in brackets after another glosses it;
// an event told as past takes no date after the publication; "the day after they attacked"
// dates the attack a day before its sentence's date. It does not order events in time
// otherwise.
package dating
