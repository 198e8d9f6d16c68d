package api

import (
	"bufio"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/annals-org/annals"
)

// gdeltColumns are the 61 fields of a GDELT 2.0 event table, in the codebook's order. The
// export writes them without a header line, as GDELT's own files do; a field annals does not
// compute (tone, ethnic and religion codes, the actors' own places) is left empty.
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltRow writes a dated event as one line of the event table; an undated one has no
// SQLDATE and is left out. Dates are the first day the event's date stands for.
func gdeltRow(w *bufio.Writer, e *annals.Event, x *exportRun) (bool, error) {
	day, err := time.Parse(time.DateOnly, e.DateStart)
	if err != nil {
		return true, nil
	}
	f := make([]string, 0, len(gdeltColumns))
	f = append(f, gdeltID(e.ID), day.Format("20060102"), day.Format("200601"), day.Format("2006"),
		strconv.FormatFloat(float64(day.Year())+float64(day.YearDay()-1)/365, 'f', 4, 64))
	f = append(f, gdeltActor(e.Source)...)
	f = append(f, gdeltActor(e.Target)...)
	root := "0"
	if e.Sentence == 0 {
		root = "1" // GDELT: found in the lead of the article
	}
	f = append(f, root, e.CAMEO, prefix(e.CAMEO, 3), prefix(e.CAMEO, 2), strconv.Itoa(e.QuadClass), num(e.Goldstein),
		"1", "1", "1", "")
	f = append(f, "0", "", "", "", "", "", "", "") // Actor1Geo: not computed
	f = append(f, "0", "", "", "", "", "", "", "") // Actor2Geo
	f = append(f, gdeltGeo(e, x.codes)...)
	source := x.article(e.ArticleID).url
	if source == "" {
		source = e.ArticleID
	}
	f = append(f, x.now.Format("20060102150405"), source)
	for i := range f {
		f[i] = tsvField(f[i])
	}
	_, err = w.WriteString(strings.Join(f, "\t") + "\n")
	return false, err
}

// gdeltID is the event's id as the positive 63-bit integer GLOBALEVENTID must be.
func gdeltID(id string) string {
	b, err := hex.DecodeString(id)
	if err != nil || len(b) < 8 {
		var h uint64 = 14695981039346656037 // FNV-1a of an id of another form
		for i := 0; i < len(id); i++ {
			h = (h ^ uint64(id[i])) * 1099511628211
		}
		return strconv.FormatUint(h>>1, 10)
	}
	var n uint64
	for _, c := range b[:8] {
		n = n<<8 | uint64(c)
	}
	return strconv.FormatUint(n>>1, 10)
}

// gdeltActor returns the ten actor fields: code, name, country, known group, ethnic,
// two religions and three types. The roles after an actor's country are its types
// ("AZEMIL": country AZE, type MIL); in a code without a country, the first code that is
// no type is the known group ("NATO"; "IGOARL": type IGO, group ARL).
func gdeltActor(a *annals.Actor) []string {
	f := make([]string, 10)
	if a == nil {
		return f
	}
	f[0], f[1], f[2] = a.Code, a.Text, a.Country
	rest := a.Code
	if a.Country != "" && strings.HasPrefix(rest, a.Country) {
		rest = rest[len(a.Country):]
	}
	var types []string
	for len(rest) >= 3 {
		switch code := rest[:3]; {
		case actorTypes[code]:
			types, rest = append(types, code), rest[3:]
		case f[3] == "" && a.Country == "":
			// An organisation: "NATO", "IGOARL" (an intergovernmental one, the Arab League).
			n := 3
			if strings.HasPrefix(rest, "NATO") {
				n = 4
			}
			f[3], rest = rest[:n], rest[n:]
		default:
			rest = rest[3:]
		}
	}
	for i := 0; i < 3 && i < len(types); i++ {
		f[7+i] = types[i]
	}
	return f
}

// actorTypes are the CAMEO actor type codes (GDELT's Type1Code to Type3Code).
var actorTypes = map[string]bool{}

func init() {
	for _, c := range strings.Fields("COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET") {
		actorTypes[c] = true
	}
}

// gdeltGeo returns the eight ActionGeo fields. Type: 1 a country, 2 a US state, 3 a US city,
// 4 a city elsewhere, 5 a first-level region elsewhere (a district counts as its town).
func gdeltGeo(e *annals.Event, codes *geoCodes) []string {
	l := e.Location
	if l == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	us := l.Country == "USA"
	var typ string
	switch {
	case e.GeoPrecision == 4:
		typ = "1"
	case e.GeoPrecision == 3 && us:
		typ = "2"
	case e.GeoPrecision == 3:
		typ = "5"
	case us:
		typ = "3"
	default:
		typ = "4"
	}
	country := codes.names[l.Country]
	parts := []string{l.Name}
	if e.GeoPrecision < 3 && l.Admin1 != "" {
		parts = append(parts, l.Admin1)
	}
	if country != "" && country != l.Name {
		parts = append(parts, country)
	}
	region := l.Admin1
	if e.GeoPrecision == 4 {
		region = ""
	} else if e.GeoPrecision == 3 && region == "" {
		region = l.Name
	}
	adm1 := codes.adm1Of(l.Country, region)
	feature := ""
	switch {
	case l.GeonamesID > 0:
		feature = strconv.Itoa(l.GeonamesID)
	case e.GeoPrecision >= 3:
		feature = adm1
	}
	return []string{typ, strings.Join(parts, ", "), codes.fipsOf(l.Country), adm1, "",
		num(l.Lat), num(l.Lon), feature}
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// tsvField keeps a field on its line and in its column.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
