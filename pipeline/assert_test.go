package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// TestAssertions codes sentences of our own through the clause-level assertion model, the
// statement policy and the compound actors (issue 10, items 2 to 4). Events are written
// "CODE SOURCE TARGET STATUS" with actor codes, "-" for a missing actor and "*" for any
// value; a CODE ending in "*" is a prefix.
func TestAssertions(t *testing.T) {
	c := load(t)
	tests := []codingCase{
		// Mood: questions, indirect questions, generic statements give nothing.
		{rule: "question", text: "Will the Kenyan army attack Somali border towns?", none: true},
		{rule: "question in a quote", text: `"Why would Uganda expel our diplomats?" the Kenyan minister asked.`, not: []string{"* UGA * *"}},
		{rule: "indirect question", text: "It is unclear whether Kenya will attack Somalia.", none: true},
		{rule: "generic subject", text: "Governments often expel diplomats after such incidents.", none: true},
		{rule: "a named actor's habit", text: "Ugandan police routinely beat opposition supporters.", want: []string{"18* UGACOP * asserted"}},
		// Conditionals and wishes are hypothetical, whatever their own cues say.
		{rule: "wish", text: "Kenya hopes to sign a trade deal with Uganda.", want: []string{"057 KEN UGA hypothetical"}},
		{rule: "conditional scope", text: "Kenya will close the border if Uganda does not agree to withdraw its troops.",
			not: []string{"* UGA * negated", "12* UGA * *"}},
		{rule: "duty", text: "Kenya said Somalia must withdraw its troops from the border.",
			want: []string{"1056 KEN SOM asserted"}, not: []string{"0874"}},
		{rule: "the speaker's threat", text: "Kenya's defence minister said that troops could be deployed to the border.", want: []string{"13* KENGOV * asserted"}},
		{rule: "a guess at the past", text: "Relatives suggested the Kenyan activist may have been murdered by police.", want: []string{"18* KENCOP * hypothetical"}, not: []string{"13*"}},
		{rule: "a long conditional", text: "The dispute may grow if Kenyan President Uhuru Kenyatta finally agrees to the repeated Ugandan demands of last month to expel the Somali envoys.",
			not: []string{"* * * asserted"}},
		{rule: "a participle describing people", text: "A Kenyan doctor tried to save one of the wounded demonstrators.", not: []string{"18*"}},
		{rule: "a participle in an object", text: "Kenyan police released the detained activists on Monday.", want: []string{"0841 KENCOP KENOPP asserted"}, not: []string{"17*"}},
		// Negation: an act of no one did not happen; a material act on no one is negated.
		{rule: "no one", text: "No one was injured in the blast.", none: true},
		{rule: "negative object", text: "Kenyan police arrested no one.", want: []string{"173 KENCOP - negated"}},
		{rule: "negative content of a demand", text: "Kenyan doctors protested, demanding no more cuts.", not: []string{"* * * negated"}},
		{rule: "denial", text: "Russia denied attacking the Ukrainian convoy.", want: []string{"016 RUS UKR asserted"}, not: []string{"19*"}},
		// Cessation and reversal change the code.
		{rule: "cessation of support", text: "Nigeria stopped supporting the rebels.", want: []string{"160 NGA * asserted"}, not: []string{"05*"}},
		{rule: "cessation of a boycott", text: "The students called off their boycott of classes.", want: []string{"082 EDU - asserted"}, not: []string{"14*"}},
		{rule: "cessation of aid", text: "Chad stopped sending food aid to Sudan.", want: []string{"1623 TCD SDN asserted"}, not: []string{"07*"}},
		{rule: "cessation scope", text: "The Kenyan workers stopped all work and staged a protest.", want: []string{"141 * * asserted"}, not: []string{"082"}},
		{rule: "headline plan", text: "Kenya to expel Ugandan diplomats", want: []string{"17* KEN * planned"}},
		{rule: "coordinated verbs share a duty", text: "Kenyan police said the rioters inside the stadium in Nairobi had no option but to come out and surrender.",
			want: []string{"0874 * * hypothetical"}, not: []string{"0874 * * asserted"}},
		{rule: "coordinated verbs share a threat", text: "Kenya threatened to arrest and deport the Ugandan traders.",
			not: []string{"174 * * asserted"}},
		{rule: "coordinated verbs of a report", text: "Kenyan troops crossed into Somalia and attacked Somali militants.",
			want: []string{"19* KENMIL SOMREB asserted"}},
		{rule: "an approximate number before the object", text: "Kenyan police arrested more than 20 students on Monday.", want: []string{"173 KENCOP KENEDU asserted"}},
		{rule: "an approximate number before the object", text: "Ugandan soldiers killed at least 12 Congolese rebels.", want: []string{"19* UGAMIL CODREB asserted"}},
		{rule: "a lawsuit is no charge", text: "Senator Jane Okafor sued the Kenyan police chief.", want: []string{"115 KENLEG KENCOP asserted"}, not: []string{"17*"}},
		{rule: "a condition inside dashes", text: "The Kenyan government - which fears war if talks fail, and has rejected Uganda as a mediator - called for an emergency meeting of the African Union.",
			want: []string{"02* KENGOV - asserted"}, not: []string{"020 UGA * *", "020 * * hypothetical"}},
		{rule: "an apposition inside dashes", text: "The only two states to border Somalia - Kenya and Ethiopia - condemned the attack.",
			want: []string{"111 KEN - asserted", "111 ETH - asserted"}},
		{rule: "a participle describing things", text: "Travellers arriving in Kenya from Uganda must self-isolate.", not: []string{"042"}},
		{rule: "a participle describing things", text: "Kenyan officials seized leaflets supporting the Ugandan opposition.", not: []string{"05*"}},
		{rule: "a participle after an actor", text: "Kenyan protesters demanding reforms blocked roads in Nairobi.", want: []string{"10* KENCVL * asserted"}},
		{rule: "a participle after an event noun", text: "Kenyan troops conducted airstrikes targeting Somali militants.", want: []string{"19* KENMIL SOMREB asserted"}},
		{rule: "a possessive of an arrest is the one arrested", text: "After the Kenyan minister's arrest, his deputy will act as minister.",
			want: []string{"173 - KENGOV asserted"}, not: []string{"173 KENGOV * *"}},
		{rule: "a possessive before an 'of' phrase is the agent", text: "Uganda condemned Kenya's expulsion of its diplomats.", want: []string{"16* KEN * asserted"}, not: []string{"16* - KEN *"}},
		{rule: "the crime of a charge is alleged", text: "Kenyan police charged the Ugandan journalist with murder.",
			want: []string{"173 KENCOP UGAMED asserted"}, not: []string{"18*"}},
		{rule: "the crime of a charge is alleged", text: "The Ugandan journalist was charged with five counts of attempted murder of a Kenyan police officer.", not: []string{"18*"}},
		{rule: "the crime of an accusation is alleged", text: "Kenya accused Uganda of the killing of its soldiers.",
			want: []string{"112 KEN UGA asserted"}, not: []string{"18*"}},
		{rule: "a headline's passive of a charge", text: "Two Kenyan police officers charged with falsifying records.",
			want: []string{"173 - KENCOP asserted"}, not: []string{"173 KENCOP * *"}},
		{rule: "a headline's passive of an arrest", text: "Kenyan police officers arrested over the death of a Ugandan trader.",
			want: []string{"173 - KENCOP asserted"}, not: []string{"173 KENCOP * *"}},
		{rule: "an arrest of a number of people", text: "Kenyan police arrested over 50 protesters.", want: []string{"173 KENCOP KENCVL asserted"}},
		{rule: "a threat told as what there may be", text: "Kenyan President Uhuru Kenyatta said there may be retaliation if Uganda does not reopen the border.",
			want: []string{"130 KENGOV UGA asserted"}},
		{rule: "a threat told as what there would be", text: "Kenyan President Uhuru Kenyatta warned there would be consequences for Uganda.",
			want: []string{"130 KENGOV UGA asserted"}},
		{rule: "reprisals taken are no threat", text: "There were reprisals against the villagers after the attack.", not: []string{"13*"}},
		{rule: "a threat's condition names its target", text: "Kenya threatened to close the border if Uganda does not withdraw its troops.",
			want: []string{"130 KEN UGA asserted"}},
		{rule: "the subject of a copula is judged", text: "Kenyan police said surrender is the only option for the Somali rebels.", not: []string{"08*"}},
		{rule: "the subject of a copula is judged", text: "Kenyan police said the motive of the attack is not yet known.", not: []string{"18*", "19*"}},
		{rule: "a passive still reports", text: "Kenyan air strikes were reported near the Somali border on Monday.", want: []string{"195 KEN * asserted"}},
		{rule: "a relative clause's subject is its antecedent", text: "Ugandan residents pelted stones at Kenyan police, who fired tear gas.",
			want: []string{"175 KENCOP * asserted"}, not: []string{"175 UGACVL * *"}},
		{rule: "a relative clause's subject is its antecedent", text: "Kenyan protesters demanded the release of Ugandan activists who were detained in Nairobi.",
			want: []string{"173 * UGAOPP asserted"}},
		{rule: "a long-held stance in a relative clause", text: "Kenya hopes for talks with the Somali rebels, who have long refused to negotiate with Nairobi.",
			not: []string{"12*"}},
		{rule: "an event noun inside a noun phrase is no verb", text: "Uganda struggles with international sanctions.", not: []string{"16* UGA * *"}},
		{rule: "a demand that an actor act", text: "Kenyan rebels insisted on their demands that the Kenyan government release the prisoners.",
			want: []string{"10* * KENGOV asserted"}},
		{rule: "a reaction's subject did not do the deed", text: "Kenya condemned the air strikes on Somali villages.",
			want: []string{"111 KEN - asserted"}, not: []string{"195 KEN * *"}},
		{rule: "a reaction's subject did not do the deed", text: "Kenya supported the sanctions against Uganda.", not: []string{"16* KEN * *"}},
		{rule: "a verbal act's noun keeps the subject", text: "Kenya reiterated its demand that Uganda withdraw its troops.",
			want: []string{"10* KEN UGA asserted"}},
		{rule: "the clause a demand opens is what the demand asks", text: "Kenya reiterated its demand that Uganda withdraw its troops.",
			want: []string{"1056 KEN UGA asserted"}, not: []string{"0874"}},
		{rule: "a predicate noun is no stay", text: "Uhuru Kenyatta is the final decision-maker in Kenya on any trade deal.", not: []string{"042"}},
		{rule: "a stay is a visit", text: "Kenyan Foreign Minister Jane Doe, who was in Kampala on Tuesday, met Ugandan officials.",
			want: []string{"042 KENGOV UGA asserted"}},
		// Statement policy.
		{rule: "unidentified speaker", text: "Police said the road was closed.", not: []string{"01*"}},
		{rule: "audience is no target", text: "Kenyan Foreign Minister Jane Doe told reporters the talks went well.", not: []string{"010"}},
		{rule: "statement to an actor", text: "Kenyan President Uhuru Kenyatta told Ugandan President Yoweri Museveni that the border would reopen.",
			want: []string{"010 KENGOV UGAGOV asserted"}},
		{rule: "outrage is content", text: "Kenya's foreign ministry said it was appalled by the attack on its embassy.", want: []string{"111 KENGOV - asserted"}},
		{rule: "pleasure is content", text: "Kenyan President Uhuru Kenyatta said he was deeply moved by the decision.", want: []string{"051 KENGOV - asserted"}},
		{rule: "allegiance is endorsement", text: "Somali militants pledged allegiance to the Islamic State.", want: []string{"051 SOMREB * asserted"}},
		{rule: "attacking policies is criticism", text: "Kenya's opposition attacked the Kenyan government's policies on health care.", want: []string{"111 KENOPP KENGOV asserted"}, not: []string{"18*", "19*"}},
		// Compound actors.
		{rule: "reciprocal agreement", text: "Kenya and Uganda agreed to cooperate on border security.", want: []string{"03* KEN UGA asserted", "03* UGA KEN asserted"}},
		{rule: "three signatories", text: "Kenya, Uganda and Tanzania signed a trade agreement.",
			want: []string{"057 KEN UGA *", "057 KEN TZA *", "057 UGA KEN *", "057 UGA TZA *", "057 TZA KEN *", "057 TZA UGA *"}},
		{rule: "each other", text: "Kenyan soldiers and Ugandan rebels fought one another near Busia.", want: []string{"19* KENMIL UGAREB *", "19* UGAREB KENMIL *"}},
		{rule: "each other's policies", text: "Ugandan President Yoweri Museveni and Kenyan President Uhuru Kenyatta attacked each other's policies on trade.",
			want: []string{"111 UGAGOV KENGOV asserted", "111 KENGOV UGAGOV asserted"}},
		{rule: "coordinated targets", text: "Canada accused Peru and Chile of dumping steel.", want: []string{"112 CAN PER asserted", "112 CAN CHL asserted"}},
		{rule: "coordinated sources of a one-way act", text: "Kenya and Uganda expelled Somali diplomats.",
			want: []string{"* KEN SOMGOV *", "* UGA SOMGOV *"}, not: []string{"* KEN UGA *", "* UGA KEN *"}},
	}
	checkCoding(t, c, tests)
}

// TestAllStatements checks that the option keeps the statements the policy drops.
func TestAllStatements(t *testing.T) {
	all := *load(t)
	all.AllStatements = true
	a := &annals.Article{ID: "t", Published: time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC), Text: "Police said the road was closed."}
	var got []string
	for _, e := range all.Code(a) {
		got = append(got, describe(&e))
	}
	if !anyMatch(got, "010 * - asserted") {
		t.Errorf("with AllStatements, no 010 for %q: %v", a.Text, got)
	}
}

// anyMatch reports whether a pattern "CODE SOURCE TARGET STATUS" (fields may be "*", a
// CODE may end in "*"; missing fields match anything) matches one of the events.
func anyMatch(events []string, pattern string) bool {
	want := strings.Fields(pattern)
	for _, e := range events {
		f := strings.Fields(e)
		ok := true
		for i, w := range want {
			switch {
			case w == "*":
			case i == 0 && strings.HasSuffix(w, "*"):
				ok = ok && strings.HasPrefix(f[0], strings.TrimSuffix(w, "*"))
			default:
				ok = ok && f[i] == w
			}
		}
		if ok {
			return true
		}
	}
	return false
}
