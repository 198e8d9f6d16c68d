package pipeline_test

import "testing"

// TestImpersonalAdvice: a participle clause opening the sentence before an impersonal main
// clause ("When removing a detainee from suicide watch, it would be critical to ...") gives
// advice on an act no one did: no event. Before an actor's main clause the act is reported.
func TestImpersonalAdvice(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "'it is important'", text: "While arresting suspects, it is important to avoid force, the Kenyan police chief said.",
			not: []string{"173 * * *"}},
		{rule: "a quoted 'it would be critical'", text: "“When removing a detainee from suicide watch, it would be critical to do it slowly,” said Jane Smith, a Kenyan psychologist.",
			not: []string{"17* * * *"}},
		{rule: "'there must be'", text: "When detaining protesters, there must be a warrant, the Ugandan minister said.",
			not: []string{"173 * * *"}},
		{rule: "an actor's main clause", text: "After arresting the suspects, Kenyan police freed them.",
			want: []string{"173 * * asserted"}},
	})
}
