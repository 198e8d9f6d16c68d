// Package dict embeds the dictionaries annals codes with: actors, event patterns, the CAMEO
// table, the English lexicon and the treaties of alliances. The files are data, kept under
// version control and described in docs/dictionaries.md; the packages that use them (text,
// actor, event, cameo, alliance) parse them.
package dict

import "embed"

// FS holds every dictionary file, under paths such as "actors/roles.tsv".
//
//go:embed acled actors alliances cameo events text places rank quantity
var FS embed.FS
