package main

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHasSentence(t *testing.T) {
	var got, want []string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Rebels attacked a military convoy.", true},
		{"Soldiers clashed with militants near the town", false},
		{"WASHINGTON — The president said on Tuesday that talks would resume. More follows", true},
		{"“We will not give up,” she said.", true},
		{"! $Xorg: rgb.txt,v 1.3 2000/08/17 19:54:00 cpqbld Exp $\n255 250 250\t\tsnow\n248 248 255\t\tghost white\n", false},
		{"options snd-usb-audio index=-2\n# e.g. 1.5 or 2.0\n", false},
		{"Kyiv, Ukraine. Lviv, Ukraine.", false},
		{"Fighting resumed near the dam (Blue Nile).", true},
		{"Two traders were robbed on the highway [police sources].", true},
		{"The minister said the talks had \"failed\".", true},
		{"Totals: (1.5).", false},
		{"Kyiv (Ukraine). Lviv (Ukraine).", false},
		{"", false},
	} {
		got = append(got, fmt.Sprintf("%v %q", hasSentence(c.text), c.text))
		want = append(want, fmt.Sprintf("%v %q", c.want, c.text))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hasSentence mismatch (-want +got):\n%s", diff)
	}
}
