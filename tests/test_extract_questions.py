"""Open questions on sentences written for these tests: cues, transformations, and non-questions."""

from __future__ import annotations

import pytest

from generator.extract.questions import question_problem, questions_in

from .conftest import parse

pytestmark = pytest.mark.slow


def questions(nlp, text: str) -> list[str]:
    parsed = parse(nlp, text)
    return [q for _, span in parsed.numbered() for _, q in questions_in(span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither side has said when the talks would resume.", ["When will the talks resume?"]),
        ("The ministry did not say where the summit would be held.", ["Where will the summit be held?"]),
        ("Officials have not disclosed what the deal would cost.", ["What will the deal cost?"]),
        (
            "Neither country has specified when or where the visit would take place, nor what would be on the agenda.",
            ["When and where will the visit take place?", "What will be on the agenda?"],
        ),
        ("It is unclear whether the ceasefire will hold.", ["Will the ceasefire hold?"]),
        ("The two firms could announce a merger.", ["Will the two firms announce a merger?"]),
        (
            "Negotiators might reach a deal on grain exports.",
            ["Will negotiators reach a deal on grain exports?"],
        ),
        ("Talks are expected to continue during the visit.", ["Will talks continue during the visit?"]),
        (
            "The summit, expected to take place in Geneva, was announced on Monday.",
            ["Will the summit take place in Geneva?"],
        ),
    ],
)
def test_cues_become_plain_questions(nlp, text, expected):
    assert questions(nlp, text) == expected


def test_an_anaphoric_object_takes_its_context_from_the_sentence(nlp):
    found = questions(
        nlp,
        "The minister warned that the company will pay a fine if it breaks the rules, though "
        "he did not elaborate on these penalties.",
    )
    assert len(found) == 1
    assert found[0].startswith("What are the penalties (")
    assert "pay a fine" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plant had closed.",  # a plain reported fact
        "Prices rose by three percent in August.",
        "“Who could have imagined this?” she said.",  # a rhetorical quote
        "It could take years, he said.",  # a hedge with no named subject reads badly as a question
        "The company did not pay its taxes.",  # negation of an action, not of disclosure
        "Officials confirmed that the talks ended.",
    ],
)
def test_facts_do_not_become_questions(nlp, text):
    assert questions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pending decisions
        ("The government is weighing whether to extend the ban.", ["Will the government extend the ban?"]),
        ("The board will decide next month whether to sell the unit.", ["Will the board sell the unit?"]),
        ("Regulators are considering whether to fine the bank.", ["Will regulators fine the bank?"]),
        # a contested claim states a dispute, not something the text leaves open
        ("Acme denied that it had paid the officials.", []),
        ("The minister allegedly accepted bribes from the contractor.", []),
        # unknowns with the wh-word in the subject or the object
        ("It remains unclear who ordered the strike.", ["Who ordered the strike?"]),
        ("It is not known how many people were on board.", ["How many people were on board?"]),
        ("It is unclear how many ships will be affected.", ["How many ships will be affected?"]),
        ("Police have not said why the suspect was released.", ["Why was the suspect released?"]),
        ("The airline did not explain how the error occurred.", ["How did the error occur?"]),
        ("The company did not disclose the terms of the deal.", ["What are the terms of the deal?"]),
        ("Officials would not say where the hostages are being held.", ["Where are the hostages being held?"]),
        # tense: the question keeps the time of the unknown
        ("Nobody has said when the bridge closed.", ["When did the bridge close?"]),
        ("It is unclear when the bridge will reopen.", ["When will the bridge reopen?"]),
        # hedges
        ("The merger might face a challenge from regulators.", ["Will the merger face a challenge from regulators?"]),
        ("Rising rates may push the economy into recession.", ["Will rising rates push the economy into recession?"]),
    ],
)
def test_more_cue_families(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participial aside after a comma is not part of what is asked
        (
            "Several factors could be to blame for the loss, one being the vote on October 18.",
            ["Will several factors be to blame for the loss?"],
        ),
        ("The plant could close next year, cutting 400 jobs.", ["Will the plant close next year?"]),
        # a non-restrictive relative clause inside the subject, with its commas
        (
            "Observers suggested that the wording of the agreement, which did not bar music sales, could be to "
            "Apple's advantage.",
            ["Will the wording of the agreement be to Apple's advantage?"],
        ),
        # a bracketed aside
        (
            "The deal could raise the price of crude oil (already near $80 a barrel) by a tenth.",
            ["Will the deal raise the price of crude oil by a tenth?"],
        ),
        # "expected to be launched": a passive infinitive keeps its "be"
        (
            "Ford will rename the car for the 2008 model year, when a new model is expected to be launched.",
            ["Will a new model be launched?"],
        ),
        # "which" hung on the verb by the parser still opens its subject
        ("Officials did not say which ports would close.", ["Which ports will close?"]),
    ],
)
def test_question_wording_asides_left_out_and_subjects_kept(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials declined to comment on the report.",  # nothing to ask about the report itself
        "The board decided to sell the unit.",  # a decision made
        "The company confirmed that it had paid the officials.",  # a claim confirmed
        "Police said the suspect was released on Monday.",  # a reported fact
        "He said he could not remember the last time prices fell.",  # a negated ability in reported speech
        "The minister reportedly left the country.",  # ordinary sourcing, not a contested claim
        "The talks ended without a deal.",
        "Everyone knows where the factory is.",
        # a modal in a purpose clause, or in a relative clause whose object is the noun outside it
        "He described the cuts as a sacrifice, so that their children could live in a better country.",
        "The key decision was the amount of fuel the bigger plane could carry.",
        "The settlement defined the terms on which the two companies could use the trademark.",
        "Jobs had been the reason the company was expected to win.",  # an expectation describing its noun
        "A selection of your comments may be published.",  # the page's small print, addressed to the reader
        "No-one knows yet whether this is the virus which will trigger a pandemic.",  # "which" of a relative clause
        # a modal in a condition or a manner, and the maximum a charge carries
        "The patients stay sedated until the doctors could wake them safely.",
        "The envoy said he understood how the ministers could be confused.",
        "Tom Ash, 40, could face up to five years in prison after admitting the theft.",
    ],
)
def test_more_sentences_that_are_not_questions(nlp, text):
    assert questions(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What voters will make of?",
        "Will how many people seek refuge in shelters?",
        "Will no one predict what happens next?",
        "What are the the identities?",
        "Will the “next round include the leaders?",
        "When will his company’s lander be ready?",
        "Will the talks resume and?",
    ],
)
def test_a_question_that_is_not_correct_english_is_not_asked(text):
    from generator.extract.questions import question_problem

    assert question_problem(text) is not None


def test_a_well_formed_question_passes():
    from generator.extract.questions import question_problem

    assert question_problem("Will the company pay the officials?") is None
    assert question_problem("How many people will seek refuge in shelters?") is None


def test_a_proper_adjective_keeps_its_capital(nlp):
    found = questions(nlp, "Ukrainian officials could be confused by the new rules, the envoy said.")
    assert all("ukrainian" not in q for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No group has claimed responsibility for the bombing.", "Who is responsible for the bombing?"),
        ("The cause of the crash is under investigation.", "What caused the crash?"),
        ("The cause of the fire was not immediately known.", "What caused the fire?"),
        ("The identities of the victims have not been released.", "Who are the victims?"),
        ("A decision on the merger is expected next month.", "What will be decided on the merger?"),
        ("The judge has yet to rule on the motion to dismiss.", "Will the judge rule on the motion to dismiss?"),
        ("The sale is pending approval by regulators.", "Will the sale be approved?"),
    ],
)
def test_what_news_states_as_unknown_in_a_fixed_form_is_asked(nlp, text, expected):
    assert expected in questions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company has claimed responsibility for the error.",
        "The names of the two officers were released on Monday.",
        "The cause of the fire was determined to be faulty wiring.",
    ],
)
def test_what_the_news_does_say_is_not_asked(nlp, text):
    assert questions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator is examining whether the founder enriched himself.", ["Did the founder enrich himself?"]),
        ("Prosecutors are investigating whether to charge the buyers.", ["Will prosecutors charge the buyers?"]),
        (
            "The judge has not yet ruled on the motion to dismiss.",
            ["How will the judge rule on the motion to dismiss?"],
        ),
        ("Analysts expect 16.6 million cars to be sold this year.", ["Will 16.6 million cars be sold this year?"]),
        ("It remains to be seen whether the talks will resume.", ["Will the talks resume?"]),
        ("Police did not identify the victims.", ["Who are the victims?"]),
        ("The minister did not identify the report.", []),
        ("The judge ruled on the motion on Monday.", []),
    ],
)
def test_an_inquiry_a_pending_ruling_or_a_forecast_is_a_question(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Administrators expect that the sale should take a couple of months.",
            ["Will the sale take a couple of months?"],
        ),
        ("Officials expect the storm will reach the coast on Friday.", ["Will the storm reach the coast on Friday?"]),
        ("We anticipate opportunities to deliver a wide range of payloads.", []),
        (
            "Tom Ash was arrested in Ohio and is expected to be arraigned in Boston at a later date.",
            ["Will Tom Ash be arraigned in Boston at a later date?"],
        ),
    ],
)
def test_what_is_expected_asks_whether_it_will_happen(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have not disclosed the victims’ identities.", ["Who are the victims?"]),
        ("Financial terms of the merger were not disclosed.", ["What are the financial terms of the merger?"]),
        ("The price of the new model has not been announced.", ["What is the price of the new model?"]),
        ("The cause of the blaze was not known.", ["What caused the blaze?"]),  # asked once, by its template
        (
            "Sources said Ruritania is unlikely to agree to cut its output at a meeting next month.",
            ["Will Ruritania agree to cut its output at a meeting next month?"],
        ),
        ("The plan is likely to fail.", ["Will the plan fail?"]),
    ],
)
def test_what_is_likely_or_undisclosed_is_asked(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor indicated that temporary shelters might be necessary until the storm had passed.",
            ["Will temporary shelters be necessary?"],
        ),
        ("The company could take larger payloads using its shuttle technology.", []),
        ("Officials said two million people could die if nothing was done to stop the virus.", []),
        ("Ukrainian officials could be confused by the delay.", ["Will Ukrainian officials be confused by the delay?"]),
        ("Police said the driver may have fled the scene.", ["Did the driver flee the scene?"]),
        ("The official said he was concerned that our partners might walk away.", []),
        ("That ambitious target could be achieved with giant solar parks, officials said.", []),
        ("Some of that 8.69 GW of production lines may have been idled, analysts said.", []),
        (
            "This year's harvest could be the worst in decades, farmers said.",
            ["Will this year's harvest be the worst in decades?"],
        ),
        ("Investigators said the fire could have been caused by a heater.", ["Was the fire caused by a heater?"]),
        ("Officials said the two men might have been paid by the gang.", ["Were the two men paid by the gang?"]),
    ],
)
def test_a_question_stands_alone_in_one_tense(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is too early to say when the schools will reopen, officials said.", ["When will the schools reopen?"]),
        (
            "It is impossible to give the exact date when the closed borders will be lifted, the minister said.",
            ["When will the closed borders be lifted?"],
        ),
        ("It is hard to predict how many people will return.", ["How many people will return?"]),
        (
            "No decisions have been made on whether the singer would give any interviews, a spokeswoman said.",
            ["Will the singer give any interviews?"],
        ),
        ("There was no word on when the plant would restart.", ["When will the plant restart?"]),
        ("The talks ran from early to mid-March.", []),
        ("The decision on whether to close the school was made on Monday.", []),
    ],
)
def test_what_is_too_early_to_tell_or_not_yet_decided_is_asked(nlp, text, expected):
    assert questions(nlp, text) == expected


def test_a_headline_in_title_case_raises_no_question(nlp):
    assert questions(nlp, "Mayor Says Council Could Close Three Libraries In March To Save Money.") == []
    assert questions(nlp, "The prime minister said it is too early to say when the restrictions can be lifted.") == [
        "When can the restrictions be lifted?"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investigators are still trying to determine what caused the explosion.", ["What caused the explosion?"]),
        ("Police are working to establish how the fire started.", ["How did the fire start?"]),
        ("The firm tried to identify new markets in Asia.", []),  # nothing left open: no question in it
        ("Police did not try to establish who called.", []),  # nobody is finding it out
    ],
)
def test_an_inquiry_still_under_way_leaves_its_question_open(nlp, text, expected):
    assert questions(nlp, text) == expected


def test_what_follows_a_dash_after_an_unknown_is_an_aside_not_asked(nlp):
    text = (
        "It is unclear whether the bridge is still based on the 2016 plan, or if the mayor will return — both "
        "contractors were said to have had disputes with the city in 2020, according to a local newspaper."
    )
    assert questions(nlp, text) == ["Is the bridge based on the 2016 plan?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With no clear indication of when regular ferry services will resume, the hotel is waiting.",
            ["When will regular ferry services resume?"],
        ),
        ("No details were provided on how the targets would be achieved.", ["How will the targets be achieved?"]),
        ("Officials gave no indication of whether the plant would close.", ["Will the plant close?"]),
        ("No explanation was given as to why the flight turned back.", ["Why did the flight turn back?"]),
    ],
)
def test_no_word_or_details_on_a_wh_clause_leave_it_open(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents said they don't know what's going to happen next.",  # nothing in particular is asked
        "Nobody knows what will happen.",
        "At this point, we don't know.",  # "this point" is a time, not what is unknown
        "Many viewers may not know his name.",  # "What is the name?" says whose no more
        "Smoke could be seen from miles away.",  # what was seen or heard, not a possibility
        "Residents could hear gunfire near the museum.",
    ],
)
def test_a_question_about_nothing_in_particular_is_not_asked(nlp, text):
    assert questions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody knows what's happened to the money.", ["What has happened to the money?"]),
        ("It is unclear what's been done.", ["What has been done?"]),
        ("Analysts don't know what's driving the selloff.", ["What is driving the selloff?"]),
        ("It is unclear who'd be chosen.", ["Who would be chosen?"]),
        ("It is unclear what's already happened to the money.", ["What has happened to the money?"]),
        ("It is unclear who'd already left.", ["Who had left?"]),
        ("It is unclear who will come.", ["Who will come?"]),  # a person is something in particular
        ("The move could be seen as a provocation by Beijing.", ["Will the move be seen as a provocation by Beijing?"]),
        ("Nobody knows what will happen to the hostages.", ["What will happen to the hostages?"]),
        ("Officials did not disclose the company's plans.", ["What are the company's plans?"]),
        (
            "Investors could see losses of up to a billion dollars.",
            ["Will investors see losses of up to a billion dollars?"],
        ),
    ],
)
def test_a_contracted_auxiliary_is_spelt_out_and_an_owner_named_is_kept(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are questions about whether the vaccine works in older people.",
            ["Does the vaccine work in older people?"],
        ),
        ("Speculation has grown about whether the minister will resign.", ["Will the minister resign?"]),
        ("The report raised questions about how the money was spent.", ["How was the money spent?"]),
        ("He answered questions about how the money was spent.", []),  # answered: no longer open
        ("There is no doubt about who was responsible for the attack.", []),  # no doubt: nothing open
        ("There was little doubt over who would win the race.", []),
        ("In response to questions of whether the firm would cut jobs, he said it would not.", []),
        ("After questioning the patient on what was causing the rash, doctors found its source.", []),  # a verb
    ],
)
def test_a_noun_of_doubt_leaves_its_wh_clause_open(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spokesman had no immediate comment on whether the plant would close.", ["Will the plant close?"]),
        ("The ministry has not released figures on how many teachers were hired.", ["How many teachers were hired?"]),
        (
            "The hearings are an effort by lawmakers to establish whether the mayor took bribes.",
            ["Did the mayor take bribes?"],
        ),
        ("The ministry released figures on how many teachers were hired.", []),  # released: nothing left open
        ("The investigation to determine what caused the fire ended in May.", []),  # the inquiry is over
        ("It is unclear how many of the dead have no next of kin.", ["How many of the dead have no next of kin?"]),
        (
            "The inquiry is an effort to establish whether the minister misled parliament.",
            ["Did the minister mislead parliament?"],
        ),
    ],
)
def test_no_comment_no_figures_or_an_effort_to_establish_leave_a_question(nlp, text, expected):
    assert questions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council is considering a plan to close the library.", ["Will the council close the library?"]),
        (
            "The regulator is reviewing proposals to cap fees on cash machines.",
            ["Will the regulator cap fees on cash machines?"],
        ),
        ("The board reviewed a plan to sell the unit.", []),  # the review is over
        ("Regulators are weighing a request from Boeing to resume deliveries of the jet.", []),  # Boeing's request
    ],
)
def test_a_proposal_still_weighed_asks_whether_it_will_happen(nlp, text, expected):
    assert questions(nlp, text) == expected


def test_an_object_pronoun_the_parse_made_a_subject_asks_nothing(nlp):
    assert questions(nlp, "Universities are expecting them not to socialise with other students.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a wh-clause has no yes-or-no form ("Will the next 24 hours bring?")
        "No one can really anticipate what the coming week will bring.",
        # a modal before a verb of thinking is a view, not an open fact of the news
        "Some voters might think that the reform goes too far.",
        "Readers may wonder whether the merger was worth it.",
        # what ought to be expected is not what is expected
        "If we won't defend the law, we shouldn't expect the courts to defend it for us.",
    ],
)
def test_views_and_wh_clauses_ask_no_yes_or_no_question(nlp, text):
    assert questions(nlp, text) == []


def test_a_relative_clause_after_a_comma_stays_out_of_the_question(nlp):
    text = "Analysts expect the central bank to cut interest rates again in March, which would be its third cut."
    assert questions(nlp, text) == ["Will the central bank cut interest rates again in March?"]


def test_a_modal_before_feel_or_argue_still_asks(nlp):
    assert questions(nlp, "Residents could feel the effects of the storm next week.") == [
        "Will residents feel the effects of the storm next week?"
    ]


def test_a_relative_where_keeps_its_yes_or_no_question(nlp):
    text = "The probe will hunt for spots where a future lander could touch down in the coming decade."
    assert questions(nlp, text) == ["Will a future lander touch down in the coming decade?"]


@pytest.mark.parametrize(
    "text",
    [
        "The owner built the salon so women could get their hair done in private.",  # a purpose
        "However, some might find its roofline a bit strange.",  # people in general
        "The course lowered stress — all of which could be factors in relapse.",  # a relative pronoun for subject
        "If you can’t answer that question straight away, read on.",  # the page talks to its reader
    ],
)
def test_purposes_people_in_general_and_the_reader_ask_nothing(nlp, text):
    assert questions(nlp, text) == []


def test_a_question_keeps_the_whole_subject_and_an_expletive_there(nlp):
    assert questions(nlp, "The Gulf of Mexico oil spill disaster is likely to cost Acme $23bn, analysts warned.") == [
        "Will the Gulf of Mexico oil spill disaster cost Acme $23bn?"
    ]
    text = "Jane Roe has said lawyers are examining whether there was any wrongdoing related to the leaking well."
    assert questions(nlp, text) == ["Was there any wrongdoing related to the leaking well?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some of the banks could fail next year.", "Will some of the banks fail next year?"),
        (
            "The families of those who died could sue the company.",
            "Will the families of those who died sue the company?",
        ),
        ("Supplies are short, so prices could rise further next month.", "Will prices rise further next month?"),
        (
            "He said ‘you have to be careful’ because the central bank could cut rates again in March.",
            "Will the central bank cut rates again in March?",
        ),
    ],
)
def test_review_mends_still_ask(nlp, text, expected):
    assert expected in questions(nlp, text)


def test_a_subject_of_the_speakers_own_asks_nothing_however_deep(nlp):
    assert questions(nlp, "One of our dosing regimens could be around 90% effective, the company said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor may be reached at mayor@example.org for comment.",  # a contact line
        "The site may earn a commission on sales made through this article.",  # the page's small print
        "A new levy on imports could bring three benefits:",  # a list follows
        "Smokers are more likely to develop the disease than non-smokers.",  # a comparison of rates
        "For a small carmaker, a luxury saloon might seem like an odd choice.",  # how it strikes the writer
        "While the storm may be the strongest this year, it is moving away from land.",  # granted
        "The pact may have ended the fighting, but the country remains deeply divided.",  # granted
        "Some economists might argue that the new tax would slow growth.",  # a view anyone may hold
        "This requires an automatic suspension pending a review by the league.",  # which thing, none can say
    ],
)
def test_small_print_lists_comparisons_and_concessions_ask_nothing(nlp, text):
    assert questions(nlp, text) == []


def test_open_possibilities_beside_those_still_ask(nlp):
    assert questions(nlp, "The defendant may appear in court on Monday.") == [
        "Will the defendant appear in court on Monday?"
    ]
    assert questions(nlp, "The talks could collapse this week, but officials remain hopeful.") == [
        "Will the talks collapse this week?"
    ]
    assert questions(nlp, "The merger is pending approval by regulators.") == ["Will the merger be approved?"]


def test_a_subject_keeps_the_commas_of_its_list(nlp):
    assert questions(nlp, "Bulgaria, Israel, Hungary or Romania could fill the last place in the group.") == [
        "Will Bulgaria, Israel, Hungary or Romania fill the last place in the group?"
    ]


def test_a_question_with_an_open_square_bracket_or_a_conjunction_after_its_auxiliary_is_no_question():
    assert question_problem("Will the value be stored at offset [4?") == "a quote or bracket left open"
    assert (
        question_problem("Will if a similar storm wreck the company?")
        == "a wh-word or a negative subject after the auxiliary"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, an analyst at the Hart Institute: The standoff is now likely to worsen, with risk of violence.",
        "The memo could have easily said the project was over, but it doesn't, the senator told reporters.",
        "Ten years of cheap credit meant that almost anyone could borrow any amount for any purpose.",
        "Critics say the state is dodging its duty by expecting poor families to buy private flood insurance.",
    ],
)
def test_a_speakers_label_a_counterfactual_a_past_ability_or_a_manner_asks_nothing(nlp, text):
    assert questions(nlp, text) == []


def test_a_why_question_keeps_its_negation(nlp):
    text = "The utility faces more probing questions about why safety valves did not stop the leak in deeper water."
    assert questions(nlp, text) == ["Why did safety valves not stop the leak in deeper water?"]


def test_not_expected_until_asks_whether_by(nlp):
    text = "The new bridge over the river is not expected to be finished until early August."
    assert questions(nlp, text) == ["Will the new bridge over the river be finished by early August?"]


def test_review_mends_keep_these_questions(nlp):
    assert questions(nlp, "The ban is not expected to last until the end of the year.") == [
        "Will the ban last until the end of the year?"
    ]
    assert questions(nlp, "The court's decision on Monday meant the pipeline could be shut down within weeks.") == [
        "Will the pipeline be shut down within weeks?"
    ]
    assert questions(nlp, "Officials said a new school could be built on this site by 2026.") == [
        "Will a new school be built on this site by 2026?"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares fell amid worries over whether Acme Motors will be able to keep operating.",
            "Will Acme Motors be able to keep operating?",
        ),
        ("There are concerns about whether the old dam can hold.", "Can the old dam hold?"),
        ("An investigation started into whether any erroneous trades happened.", "Did any erroneous trades happen?"),
    ],
)
def test_a_worry_a_concern_or_an_inquiry_leaves_its_whether_clause_open(nlp, text, expected):
    assert questions(nlp, text) == [expected]


def test_a_worry_dismissed_or_an_inquiry_closed_is_settled(nlp):
    assert questions(nlp, "Police dismissed concerns about whether the fence was safe.") == []
    assert questions(nlp, "The ministry closed its investigation into whether the fund broke the rules.") == []
    # a worry that only stands beside the verb is still open
    assert questions(nlp, "Shares eased amid worries over whether Acme Motors can keep operating.") == [
        "Can Acme Motors keep operating?"
    ]
