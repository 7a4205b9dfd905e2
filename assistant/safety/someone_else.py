"""Who is at risk in a self-harm line: the one typing, or someone they tell of (split from self_harm_cues.py, helper sh12).

A line names someone else ("my son", "she") and the teller's own "I" only as the one who is told, who found, who cannot
reach them, or who owns the means; then the crisis advice is about being with that person (crisis_other), not "if you
have thoughts of ending your life" to the one typing. Text is matched as self_harm_cues.normalised() gives it (lower
case, apostrophes dropped); `unquoted` works on the raw line, before that.
"""

from __future__ import annotations

import re

_SELF = re.compile(r"(?<!\w)(?:i|im|ive|id|ill|me|my|myself|yo|quiero|tengo|estoy|voy|soy|puedo)(?!\w)")  # Spanish: sh10
_KIN = (r"(?:son|daughter|husband|wife|mom|mum|mother|dad|father|brother|sister|partner|boyfriend|girlfriend|bf|gf|friend|"
        r"best friend|bestie|kid|child|teen|teenager|grandfather|grandmother|grandma|grandpa|nan|nani|roommate|flatmate|"
        r"teammate|classmate|student|patient|client|cousin|uncle|aunt|nephew|niece|neighbou?r|\d+ (?:yo|year old)|"
        r"coworker|co worker|colleague|buddy|boss|grandson|granddaughter|grandkid|fiance|fiancee|ex)s?")  # (sh12: from coworker on)
# (helper sh14) "his" too ("sitting on the ledge with his legs out"), and a person named by what they are at the very start
# of the line, without "a" or "my" ("student is sitting on the 5th floor window ledge")
_OTHER = re.compile(r"^(?:the )?" + _KIN + r"(?= )|(?<!\w)(?:he|she|hes|shes|him|her|his|himself|herself|(?:my|our|a|this) " + _KIN +
                    r"|hijo|hija|hermano|hermana|esposa|esposo|madre|padre|papá|mamá|nieto|nieta|compa|compañero|compañera|amigo|amiga|primo|prima|abuelo|abuela|tío|tía|novio|novia)(?!\w)")
# the teller's own words as the one told or the one who found: "my son just told me", "I found her", "i cant reach her"
_TELLER = re.compile(r"(?<!\w)(?:told|tells|texted|texts|said to|showed|sent|messaged|snapped|called|rang|phoned) (?:me|us)(?!\w)|(?<!\w)i (?:found|think|saw|cant find|cant reach|cant get hold of|just found"
                     r"|keep (?:calling|texting|trying|ringing|messaging|phoning|checking|knocking|banging)|(?:am|m) outside|(?:am|m) with (?:him|her))(?!\w)|(?<!\w)im (?:outside|with (?:him|her))(?!\w)"
                     r"|(?<!\w)(?:my|our) (?:\w+ )?" + _KIN + r"(?!\w)"
                     # (helper sh10) "i cannot find her"; someone's medicine that is the teller's ("some of mine", "my
                     # pills"); a Spanish kin word with its "mi" ("la pistola de mi papá" is the teller's father's gun)
                     r"|(?<!\w)i (?:cannot|can not) (?:find|reach|get hold of)(?!\w)"
                     r"|(?<!\w)(?:of mine|my (?:\w+ )?(?:pills|tablets|meds|medicines?|medications?|prescription|insulin|painkillers|oxy))(?!\w)"
                     r"|(?<!\w)(?:mi|nuestro|nuestra) (?:hijo|hija|hermano|hermana|esposa|esposo|madre|padre|papá|mamá|papa|mama|abuelo|abuela|tío|tía|novio|novia|nieto|nieta|compa|compañero|compañera|amigo|amiga|primo|prima)(?!\w)"
                     # (helper sh12) a goodbye quoted from someone else's post: "posted this is the last day you'll see me"
                     r"|(?<!\w)(?:posted|wrote|texted|tweeted|messaged|said|says|put) (?:on \w+ )?(?:that )?(?:this is )?(?:the |my )?"
                     r"(?:last|final) (?:day|time|night|message|post) (?:\w+ ){0,3}(?:see|hear from) me(?!\w)"
                     # (helper sh12) more ways of being told, let in or not answered; one of a group the teller leads; Spanish
                     r"|(?<!\w)(?:snapchatted|sending|sends|asked|asks|asking|dmd|dmed|facetimed|telephoned|tell|telling|showing) (?:me|us)(?!\w)"
                     r"|(?<!\w)where (?:i|we) keep(?!\w)|(?<!\w)(?:let|lets|letting) (?:me|us) in(?!\w)|(?<!\w)i (?:cannot|can not|cant) (?:wake|get to) (?:him|her)(?!\w)"
                     r"|(?<!\w)(?:one of|some of|a \w+ (?:on|in|from)|someone (?:on|in|from)) (?:my|our) (?:\w+ )?\w+(?!\w)"
                     # (helper sh13) one of a group named by what they are, without "a": "guy from my crew posted a pic of a rope"
                     r"|(?<!\w)(?:guy|girl|kid|dude|lad|bloke|man|woman|fella|member|someone|somebody) (?:on|in|from|at) (?:my|our) (?:\w+ )?\w+(?!\w)"
                     r"|(?<!\w)(?:me|nos) (?:dijo|dice|contesta|contestó|contesto|escribió|escribio|mandó|mando|llamó|llamo|responde)(?!\w)")

# a person named only as the owner of a means or the one a message is for: "my mum's tablets", "my dad's pistol", "tell my
# wife sorry", "letters to each of my kids" name nobody else at risk (helper sh10)
_OWNED = re.compile(r"(?<!\w)(?:my|our|mi) (?:\w+ ){0,2}(?:pills|tablets|meds|medicines?|medications?|insulin|painkillers|oxy|"
                    r"morphine|gun|pistol|pistola|rifle|shotgun|revolver|weapon|razor|blades?|knife)(?!\w)"
                    r"|(?<!\w)(?:tell|telling|to|for) (?:each of |all of )?(?:my|our) (?:\w+ )?" + _KIN + r"(?!\w)")


def about_other(window: str) -> bool:
    """Is the person at risk someone else? A person named ("my son", "she") and the teller's own
    "I" only as the one who tells or found ("my son just told me", "I found her")."""
    if not _OTHER.search(_OWNED.sub(" ", window)):
        return False
    return not _SELF.search(_TELLER.sub(" ", window))


# (helper sh12) words quoted from someone else ("texted me 'I'm sorry for everything, look after the kids'"): the "I" in
# them is the other person's. A quote opens after a space or the start and closes before a space, a mark or the end, so an
# apostrophe inside a word ("I'm") neither opens nor closes one.
_QUOTED = re.compile(r"[\"“”]([^\"“”]{1,300})[\"“”]|(?<![\w'’‘])['‘](.{1,300}?)['’](?![\w'’‘])")


def unquoted(text: str) -> str:
    """The raw line with each quoted passage replaced by "said" (what was said, not who says it here)."""
    return _QUOTED.sub(" said ", text)
