package main

import "testing"

func TestHasSentence(t *testing.T) {
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
		{"", false},
	} {
		if got := hasSentence(c.text); got != c.want {
			t.Errorf("hasSentence(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
