package gazetteer

// ReadVillages reads the villages file again, as the first Villages call does (for
// BenchmarkReadVillages).
func (g *Gazetteer) ReadVillages() { g.readVillages() }
