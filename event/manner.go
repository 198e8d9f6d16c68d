package event

// An adverb of manner can name the kind of an assault the verb leaves open: "sexually
// abused", "sexually assaulted", "sexually harassed" are CAMEO's sexual assault (1821), not
// a beating (182) or an unspecified assault (180).

// sexualAssault recodes an assault (18x) whose verb follows "sexually" as 1821.
func (c *Coder) sexualAssault(e *Event, v *sentenceView, h int) {
	if e.Code.Root() != "18" || e.Code == "1821" || h == v.first || v.toks[h-1].Lower != "sexually" || !v.toks[h].Tag.IsVerb() {
		return
	}
	e.Code, e.Info = "1821", c.table.Lookup("1821")
}
