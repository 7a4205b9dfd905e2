"""The rules added when round 25 was folded in, for its missed emergencies and false alarms (issue 12, helper 12_11):
the blocks named *_r25 in dialogues/red_flags.yaml, their combinations ("round 25"), the edits marked "round 25
(12_11)" and own11's silent self-harm families. Written as families of wording, not lines: every sign line and every
look-alike below is our own (clinical knowledge and how people talk: texting, non-native grammar, older people,
caregivers, Spanish, one clause inside a long answer), not a line of any round. OWN holds the lines written for the
categories weak on several unseen rounds (after surgery, a heart attack, neurologic) BEFORE round 25's misses were
read: 1 of 66 was missed at main ("my arm and leg on the right went numb all of a sudden")."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    'a heart attack: the heart burning, the breast bone, pain like the one before a stent or bypass': (
        [('my dad says his heart is burning and his arm feels heavy', 'heart_attack'),
         ('pain behind the breast bone going into my jaw, im clammy', 'heart_attack'),
         ('the same pressure i had before my bypass is back now and im sweating', 'heart_attack')],
        ['my heart is heavy since mum died']),
    'a stroke: one side gone slack, an arm and a leg of one side told together': (
        [('he went slack on the left side and cant talk right', 'stroke'),
         ('my hand and leg on the left are numb all of a sudden', 'stroke')],
        ['the hammock has more slack on one side', 'he cut us some slack on the left side of the budget']),
    'neurologic: a head knock in sport words with sickness; a thunderclap headache on exertion': (
        [('took a header off the bike and now he keeps throwing up', 'neurologic'),
         ('got a knee to the head at practice, now confused and vomiting', 'neurologic'),
         ('my head exploded with pain out of nowhere at the gym and i threw up', 'neurologic')],
        ['he took a header into the pool, laughing, no injury']),
    "after surgery: a relative's surgery days ago is news; a swelling growing where a stent or catheter went in": (
        [('my dad had his bypass surgery 3 days ago and the wound just burst open', 'after_surgery'),
         ('where they put the catheter in my groin is swelling up fast', 'after_surgery')],
        ['after my stent the groin bruise got bigger then faded over two weeks',
         'the spot where they put the iv in was sore for a day',
         'her surgery was years ago and the scar split when she was a kid']),
    'cauda equina told by the toilet; a soaked pad with a hard belly; a fever with a mind that will not work': (
        [('i cant feel the toilet paper when i wipe and i cant pee, my back is killing me', 'cauda_equina'),
         ('soaking a pad and my belly is hard as a rock', 'bleeding'),
         ('fever and shaking, i cant think clearly and my heart is racing', 'sepsis')],
        ['i cant feel much difference sitting on the new toilet seat',
         'cant think straight with all this paperwork']),
    'Spanish: a whole bottle of medicine, a sugar in the hundreds with vomiting, a bulging mollera': (
        [('mi hijo se tomó las pastillas de su abuela, el frasco entero', 'poisoning'),
         ('la glucosa de mi mamá está en 450 y está vomitando', 'diabetes'),
         ('la mollera del bebé está hinchada y tiene fiebre', 'sepsis')],
        ['mi hijo se tomó el jarabe como le dijo el doctor',
         'me tiro en el sofá a descansar']),
    "self-harm: a lethal dose looked up, 'eat his gun', a height and 'better for everyone', found cutting with blood": (
        [('ive been searching how much of my insulin it would take', 'self_harm'),
         ('my brother said he is going to eat his pistol', 'self_harm'),
         ('im on the bridge and i want to jump, better for everyone', 'self_harm'),
         ('I walked in on her cutting her wrists and there is blood everywhere', 'self_harm')],
        ['googling how many doctors do second opinions',
         'standing on the balcony watching fireworks',
         'he was cutting his nails, no blood']),
    "own11's families: a car running in a shut garage, 'let the river have me', 'me tiro del edificio', every pill at a river": (
        [('sitting in the garage with the doors shut and the engine running', 'self_harm'),
         ('going to let the sea take me tonight', 'self_harm'),
         ('me voy a tirar del puente', 'self_harm'),
         ('parked by the river with every pill in the house', 'self_harm')],
        ['the car was running in the driveway with the garage door open',
         'we let the river take the canoe downstream',
         'we parked by the lake for a picnic']),
}

test_round25_signs_reach_the_urgent_turn, test_round25_look_alikes_stay_quiet = rule_tests(RULES)

OWN = [line.split("|", 1)[1] for line in """\
ps|had my gallbladder out 4 days ago and now i have a fever of 102 and the cut is red and leaking
ps|my mom had her knee replaced last week, today her calf is swollen and she cant catch her breath
ps|post op day 2 from c-section and the wound opened up, i can see inside
ps|after my hernia op the belly is hard as a board and i keep vomiting
ps|he had bowel surgery friday, now belly pain getting worse and worse and fever
ps|my father surgery last week, now blood coming through dressing, soaking, not stopping
ps|had tonsils out 5 days ago and now spitting up bright red blood
ps|since the operation i am very short of breath and my chest hurt, it start today
ps|my incision is hot, swollen and pus coming out and i feel shaky with chills
ps|3 days post op and i havent peed since yesterday and my belly is swollen
ps|after surgery my husband is very confused and not making sense, this started tonight
ps|operado de la vesícula hace 3 días y tengo fiebre y la herida sangra mucho
ps|the staples came apart and something is poking out of the wound
ps|had spine surgery monday, now i cant feel my legs
ps|two days after my hysterectomy im soaking a pad every hour
ps|just home from the hospital after appendix surgery, fever 39.5 and shaking
ps|my dad came home from heart bypass surgery and now his breastbone clicks and the wound is oozing with fever
ps|post-op and coughing up blood
ps|had lap band surgery, cant keep any water down for 2 days and feeling faint
ps|I am the one helping my grandma after her hip surgery, we want a second opinion about rehab, but today her leg is swollen and she is breathing very fast
ps|a week after my c section i suddenly cant breathe and my heart is racing
ps|after my surgery the drain is full of blood and he looks very pale and sweaty
ha|crushing chest pain going down my left arm
ha|chest feels like an elephant sitting on it and im sweaty
ha|pressure in chest and pain in jaw, feel sick, started 20 min ago
ha|my husband clutching his chest and grey, sweating buckets
ha|tightness in my chest that wont go away, and i'm out of breath
ha|grandpa says his chest is squeezing and his arm is numb
ha|me duele mucho el pecho y el brazo izquierdo
ha|dolor de pecho fuerte y sudor frío
ha|chest pain since 1 hour, radiate to back, i am 60 years
ha|heavy feeling in my chest when i climbed the stairs just now and it hasnt stopped
ha|my wife has pain between her shoulder blades and feels sick and very tired, she is diabetic
ha|heartburn that wont go away, sweating and my arm feels heavy
ha|feels like a band around my chest and i am dizzy
ha|chest hurts real bad and cant breath rn
ha|mum has indigestion but she is clammy and pale and breathless
ha|my dad took his nitro 3 times and the chest pain is still there
ha|burning in my chest spreading to my neck and jaw, started while shoveling snow
ha|I wanted help choosing a cardiologist for a second opinion, but right now i have a pain in my chest that comes with sweating
ha|chest pain and feel like passing out
ha|my heart is pounding and i feel like im going to pass out and my chest hurts
ha|sharp pain in chest and left arm tingling
ha|ya me dio un infarto antes y ahora siento lo mismo
ne|my mom suddenly cant talk right and her face is drooping
ne|worst headache of my life came on like a thunderclap
ne|he cant move his left side and his speech is slurred
ne|sudden loss of vision in one eye just now
ne|my dad is confused and cant find his words, started an hour ago
ne|she had a seizure and is not waking up
ne|sudden severe headache with stiff neck and vomiting
ne|my arm and leg on the right went numb all of a sudden
ne|he fell and hit his head and now keeps vomiting and is sleepy
ne|grandma is talking nonsense and cant lift her arm
ne|my wife suddenly cant walk straight and the room is spinning, she is slurring
ne|se le cayó la cara de un lado y no puede hablar bien
ne|mi papá no puede mover el brazo derecho de repente
ne|sudden double vision and cant keep my balance
ne|husband woke up and his words are all wrong and his mouth droops
ne|I'm looking for a second opinion for my MS but right now my whole right side has gone weak and numb suddenly
ne|bad headache after hit head, now one pupil bigger than the other
ne|my son is having a fit that has gone on more than 5 minutes
ne|mom seems drunk but she doesnt drink, slurring and dropping things since this morning
ne|cant understand what people are saying to me suddenly
ne|my face feel numb one side and my hand weak, happen just now
ne|he is very drowsy and hard to wake after the fall
""".splitlines()]


@pytest.mark.parametrize("line", OWN)
def test_round25_own_lines_for_the_weak_categories_reach_the_urgent_turn(line):
    assert screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", [
    "career suicide, that's what my boss called it",
    "that hospital bill about knocked me out cold",
    "didnt pass out, never lost consciousness, just got the wind knocked out of me",
    "my neighbours drilling makes me want to die lol",
    "I can't go on like this with the migraines",
    "my son hasn't said anything about wanting to die, he's just quiet and sleeping a lot",
    "the middle grandchild had anaphylaxis to peanuts when she was two",
    "in my 20 years of teaching I have seen one seizure",
    "my aunt bled out from an ulcer, so i worry about mine",
    "what signs would mean dad is having a stroke and not just tired",
    "qué debo hacer si mi hija tiene una convulsión otra vez?",
])
def test_round25_false_alarm_families_stay_quiet(line):
    assert screen(line).level == "none", screen(line)


@pytest.mark.parametrize("line", [
    "i cant go on like this",
    "my dog is barking and my husband's face is drooping",
    "que debo hacer si mi hijo tiene una convulsion ahora mismo",
    "my uncle bled out last night, hes not breathing",
    "in my 20 years of nursing i never saw this, he is not breathing right now",
])
def test_round25_false_alarm_fixes_keep_real_emergencies(line):
    assert screen(line).level != "none", screen(line)


def test_round25_a_pets_face_is_no_stroke():
    for line in ("my dog's face went all lopsided from a bee sting lol", "my dog's face went all droopy after the vet"):
        assert not screen(line).is_emergency, line  # asked at most (the broad vocabulary)


def test_round25_advice_fits_the_situation():
    own = screen("Thinking of taking all my mum's tablets tonight")
    assert own.is_emergency and "crisis_other" not in own.advice and "someone_else" not in own.advice
    theirs = screen("my mum is thinking of taking all her tablets tonight")
    assert theirs.is_emergency and "crisis_other" in theirs.advice
    assert "someone_else" in screen("my wife's chest hurts and she is sweating").advice
    assert "crisis_other" in screen("my brother said he is going to eat his pistol").advice
    garage = screen("Im sat in the garage with the door down and the car ticking over")
    assert garage.is_emergency and "carbon_monoxide" in garage.advice and "self_harm" in garage.categories
    bottle = screen("mi niña se tomó el jarabe de la tos, la botella entera")
    assert bottle.is_emergency and {"poison", "spanish"} <= set(bottle.advice)
    assert screen("parked by the reservoir with every pill in the cabinet").is_emergency
    assert screen("sitting here with every pill in the cabinet").level == "ask"


def test_round25_a_marked_joke_is_asked_about_not_urgent():
    # a laugh and "jk" right after: the check question with the crisis line, never quiet, never the urgent turn
    for line in ("kms lol jk", "im gonna kms lol jk, anyway the appointment is friday"):
        assert screen(line).level == "ask", line
    for line in ("kms", "kms lol", "i will kms tonight lol jk not really"):
        assert screen(line).is_emergency, line
