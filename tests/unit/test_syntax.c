/*
 * The rules of extract's parsed reading (docs/EXTRACT.md, "Roles", "Discourse", "Filters"),
 * one sentence or two each, with the exact statements expected: source, target, type, rule and
 * confidence as written. Each expectation was read off the sentence by hand under
 * CODING-GUIDE.md before the test ran; confidences follow the documented arithmetic (0.8 for
 * the best linkage, x 0.8 for a pronoun or an owner, x 0.5 for a modal, a future or an
 * infinitive under another verb).
 */
#include "base/diag.h"
#include "extract/extract.h"
#include "model/model.h"

#include "fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* A case: the text and the statements expected, one "source target type rule confidence"
 * line each, in order. */
struct rule_case {
    const char *name;
    const char *text;
    const char *expected;
};

/* Alice, Bob, Carol and Dave are people, and so are Eve, "the rebel chief", and Frank, "Union
 * chief, Frank" (an alias with a comma); the Union and the "NATO-backed militia" are groups;
 * NATO and the foreign ministry organizations. */
static void lexicon_of(struct sg_model *lexicon)
{
    fixture_four_people(lexicon);
    fixture_add_actor(lexicon, "eve", "Eve", SG_ACTOR_PERSON, NULL, "rebel chief");
    fixture_add_actor(lexicon, "union", "the Union", SG_ACTOR_GROUP, NULL, "Union");
    fixture_add_actor(lexicon, "nato", "NATO", SG_ACTOR_ORGANIZATION, NULL, NULL);
    fixture_add_actor(lexicon, "ministry", "Foreign Ministry", SG_ACTOR_ORGANIZATION, NULL,
                      "foreign ministry");
    fixture_add_actor(lexicon, "frank", "Frank", SG_ACTOR_PERSON, NULL, "Union chief, Frank");
    fixture_add_actor(lexicon, "militia", "NATO-backed militia", SG_ACTOR_GROUP, NULL, "militia");
}

/* The statements of out as "source target type rule confidence" lines (confidence with two
 * decimals). */
static char *describe(const struct sg_model *out)
{
    char *text = NULL;
    size_t length = 0;
    FILE *stream = open_memstream(&text, &length);
    assert_non_null(stream);
    for (size_t i = 0; i < out->statement_count; i++) {
        const struct sg_statement *s = &out->statements[i];
        /* extras: cue, lemma, rule (a JSON string), confidence, offsets */
        const char *rule = s->extras.items[2].json;
        fprintf(stream, "%s %s %s %.*s %.2f\n", out->actors[s->source].id,
                out->actors[s->target].id, sg_stance_name(s->type), (int)strlen(rule) - 2, rule + 1,
                strtod(s->extras.items[3].json, NULL));
    }
    fclose(stream);
    return text;
}

static void check_case(const struct rule_case *c)
{
    struct sg_model lexicon, out;
    lexicon_of(&lexicon);
    sg_model_init(&out);
    assert_int_equal(
        sg_extract(c->text, strlen(c->text), &lexicon, NULL, "t", "2025-01-01", &out, NULL), SG_OK);
    char *got = describe(&out);
    if (strcmp(got, c->expected) != 0)
        fail_msg("%s: \"%s\"\nexpected:\n%sgot:\n%s", c->name, c->text, c->expected, got);
    free(got);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

static void run_cases(const struct rule_case *cases, size_t count)
{
    FILE *quiet = fopen("/dev/null", "w"); /* "no stance found" warnings */
    assert_non_null(quiet);
    sg_diag_set_stream(quiet);
    for (size_t i = 0; i < count; i++)
        check_case(&cases[i]);
    sg_diag_set_stream(NULL);
    fclose(quiet);
}

/* Source and target from the grammar, not from word distance. */
static void role_rules(void **state)
{
    (void)state;
    static const struct rule_case cases[] = {
        {"auxiliaries", "Alice has publicly criticized Bob.", "alice bob criticism parse 0.80\n"},
        {"a noun's 'to' object: approval granted to someone supports them",
         "Alice granted approval to Bob.", "alice bob support parse 0.80\n"},
        {"a mediator the sentence names negotiates with each party of joint talks",
         "Alice and Bob held talks, mediator Carol said.",
         "alice bob negotiation parse, joint 0.80\n"
         "carol alice negotiation parse, mediator 0.64\n"
         "carol bob negotiation parse, mediator 0.64\n"},
        {"no joint talks among subjects who speak 'to' people the sentence names no one among: "
         "those are the other side",
         "Alice and Bob spoke to reporters after the meeting. Carol and Dave spoke at length.",
         /* without the rule also "alice bob negotiation parse, joint 0.80" */
         "carol dave negotiation parse, joint 0.80\n"},
        {"... also as an appositive, with talks 'between'",
         "Carol, the mediator, said talks between Alice and Bob had been cancelled.",
         "alice bob negotiation parse, joint 0.80\n"
         "carol alice negotiation parse, mediator 0.64\n"
         "carol bob negotiation parse, mediator 0.64\n"},
        {"... also after a passive, where the parser reads 'said' as an adjective: the mediator "
         "is the name right before a verb of saying",
         "Talks between Alice and Bob have been cancelled, mediator Carol said.",
         "alice bob negotiation parse, joint 0.80\n"
         "carol alice negotiation parse, mediator 0.64\n"
         "carol bob negotiation parse, mediator 0.64\n"},
        {"'they' and 'their' after 'A and B' mean both: both fight Carol, and Carol's decision "
         "to block their plan is against both, never one of them apart",
         "The Union and NATO said they would fight Carol's decision to block their plan.",
         "union carol criticism parse, pronoun, owner 0.26\n"
         "nato carol criticism parse, pronoun, owner 0.26\n"
         "carol union criticism parse, pronoun, owner 0.26\n"
         "carol nato criticism parse, pronoun, owner 0.26\n"},
        {"'them' after a plural noun that a verb takes as its object, with no name nearer, is "
         "that noun, and stands for its owner",
         "Alice and Bob criticised NATO's tariffs, but Carol backed them.",
         /* without the rule "carol alice support parse, pronoun 0.64" and carol bob instead */
         "alice nato criticism parse, owner 0.64\nbob nato criticism parse, owner 0.64\n"
         "carol nato support parse, owner 0.64\n"},
        {"'they' opening a sentence after one that opened with 'A and B' means both",
         "Alice and Bob met on Monday. They later praised Carol.",
         "alice bob negotiation parse, joint 0.70\nalice carol support parse, pronoun 0.64\n"
         "bob carol support parse, pronoun 0.64\n"},
        {"a dateline with a date or a country is left out of the parse",
         "LONDON, Sept 3 (Reuters) - Carol praised Alice for her courage.",
         "carol alice support parse 0.80\n"},
        {"a name after a word that also opens a clause, taken for its object, is parsed again as "
         "'he', the subject of the verb after it",
         "Talks broke down at the meeting after NATO refused to meet Bob's demands.",
         "nato bob criticism parse, withheld support 0.32\n"},
        {"an editor's square brackets are left out of the parse, the word inside kept",
         "Alice said Bob had [twice] rejected Carol's offer.",
         "bob carol criticism parse, owner 0.64\ncarol bob negotiation parse 0.80\n"},
        {"an editor's description in square brackets after a name is left out whole",
         "Carol said Alice [the chief] had criticised Bob.",
         /* with its brackets alone left out, nothing */
         "alice bob criticism parse 0.80\n"},
        {"a capitalised title before a person's name is left out ('Prime' is no verb)",
         "Prime Minister Alice on Tuesday accused Bob of massing troops along the river.",
         "alice bob criticism parse 0.80\n"},
        {"an adjective the parser's dictionary gives no 'of' is parsed as 'critical' and read as "
         "itself",
         "Alice is sceptical of Bob. Carol has been supportive of Dave.",
         "alice bob criticism parse 0.80\ncarol dave support parse 0.80\n"},
        {"a compound adjective in '-ed' ('heavy-handed'), which the parser's dictionary guesses "
         "to be a verb, is parsed as an adjective and read as itself",
         "Alice criticised Bob's unnecessary and heavy-handed decision. Carol denounced Dave's "
         "one-sided and ill-conceived plan.",
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"},
        {"... but not a compound verb before its object ('strong-armed the party')",
         "Alice short-changed the workers and criticised Bob. Carol strong-armed her rivals and "
         "praised Dave.",
         /* read as 'harsh the workers', the verb was lost and the statements with it */
         "alice bob criticism parse 0.80\ncarol dave support parse 0.80\n"},
        {"'hit out at', which the parser's dictionary lacks, is parsed as 'lashed out at'",
         "Alice hit out at Bob over the plan. Carol is hitting out at Dave.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.70\n"},
        {"... and as 'lash out at' after 'will' or 'to', so that the modal counts ('will lashed' "
         "was a misparse that lost it)",
         "Alice will hit out at Bob. Carol vowed to hit out at Dave.",
         "alice bob criticism parse 0.40\ncarol dave criticism parse 0.40\n"},
        {"... and 'hit back at' as 'lashed back at' (it had read the name as hit's object and left "
         "'at' out)",
         "Bob hit back at Alice over the remarks. Carol is hitting back at Dave.",
         "bob alice criticism parse 0.70\ncarol dave criticism parse 0.70\n"},
        {"a name set beside an agent noun's 'of' name is the agent ('Another critic of Bob, "
         "Alice,'), even where the parser hangs it on Bob",
         "Another critic of Bob, Alice, could not be reached for comment.",
         "alice bob criticism parse 0.80\n"},
        {"an agent noun of a group one belongs to ('one of', 'among') is said of its member",
         "Alice, one of Bob's fiercest critics, spoke on Monday. Carol was among the critics of "
         "Dave. NATO is one of the Union's closest allies. Eve met one of Frank's critics.",
         /* without it only "alice bob negotiation joint talks 0.45" */
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"
         "nato union support parse 0.80\n"},
        {"the name set beside a conjunction of nouns is each one's predicated",
         "Carol, a Bob supporter and a leader of NATO, told reporters.",
         "carol bob support parse 0.70\n"},
        {"'labelled' and 'branded', which the parser's dictionary cannot name with, are parsed "
         "as 'described' (before 'as') or 'called' and read as written",
         "Alice has labelled the strike by the Union as bizarre and ridiculous. Carol branded "
         "Bob's plan ridiculous.",
         "alice union criticism parse, owner 0.64\ncarol bob criticism parse, owner 0.64\n"},
        {"a verb of judging before 'as' and an adjective, which the parser's dictionary "
         "lacks, is parsed as 'described' and read as written; not 'as well as'",
         "Alice slammed Bob's plan as irresponsible. Carol hailed Dave's proposal as historic, "
         "and left. NATO criticised Bob as well as Carol.",
         "alice bob criticism parse, owner 0.64\ncarol dave support parse, owner 0.64\n"
         "nato bob criticism parse 0.80\n"},
        {"a word with 're-' of doing again ('re-approval'), which the parser's dictionary "
         "lacks, is parsed and looked up without the prefix",
         "Alice gave Bob the re-approval. Carol re-negotiated with Dave.",
         "alice bob support parse 0.80\ncarol dave negotiation parse 0.80\n"},
        {"an evaluative verb: its subject is what the speaker (a verb of saying, or 'according "
         "to') takes issue with; with no speaker, nothing (no surface frame reads it)",
         "Alice said Bob had lied. According to Carol, Dave has broken his promises. "
         "Bob lied to NATO.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"support withdrawn or pulled is criticism at half confidence, not when the withdrawal "
         "is negated",
         "Alice has been threatening to pull support for Bob's government. Carol withdrew her "
         "support for Dave. NATO did not withdraw its support for the Union.",
         "alice bob criticism parse, withheld support 0.32\n"
         "carol dave criticism parse, withheld support 0.32\n"},
        {"non-cooperation with someone is criticism", "The Union vowed non-cooperation with Bob.",
         "union bob criticism parse 0.80\n"},
        {"going on strike against someone is criticism (the parser reads 'on strike' as one "
         "idiom word, so the noun is never seen)",
         "The Union went on strike against Bob. NATO came out on strike over Carol's plan.",
         "union bob criticism parse 0.80\nnato carol criticism parse, owner 0.56\n"},
        {"a noun measured out by another ('two days of strike action') is received by the host "
         "of that one",
         "Alice faces two days of strike action by Bob. Carol drew a wave of criticism from Dave.",
         "bob alice criticism parse 0.80\ndave carol criticism parse 0.80\n"},
        {"a partitive ('all three of', 'both of') stands for the name it is part of",
         "Carol criticised all three of the Union. Alice has sued both of the Union and NATO.",
         "carol union criticism parse 0.80\nalice union criticism parse 0.70\n"
         "alice nato criticism parse 0.70\n"},
        {"legal action, an appeal or a campaign against someone, a fine on them, is criticism",
         "Alice took legal action against Bob. NATO imposed a fine on the Union.",
         "alice bob criticism parse 0.80\nnato union criticism parse 0.80\n"},
        {"blaming something 'on' someone blames them, not the thing's owner",
         "Alice blamed the violence on Bob. Carol blamed the crisis on the Union's policies.",
         /* without it nothing */
         "alice bob criticism parse 0.80\ncarol union criticism parse, owner 0.64\n"},
        {"a retaliation 'for' someone's deed is its host's criticism of them",
         "Alice expelled the envoy in retaliation for Bob's remarks. In retaliation for Carol's "
         "tariffs, Dave raised duties.",
         /* without it nothing */
         "alice bob criticism parse, owner 0.64\ndave carol criticism parse, owner 0.64\n"},
        {"... but not retaliation feared for the host's own deed: its 'of' is no target",
         "NATO feared retaliation for its support of Alice.",
         /* without the check also nato alice criticism parse, owner 0.64 */
         "nato alice support parse, pronoun 0.64\n"},
        {"a thing recommended or suggested by someone is theirs",
         "Alice rejected the cuts recommended by Bob. Carol welcomed the changes suggested by "
         "Dave.",
         "alice bob criticism parse, owner 0.64\ncarol dave support parse, owner 0.64\n"},
        {"an injunction against someone, sought or won, is criticism",
         "Alice won an injunction against Bob. NATO sought an injunction against the Union.",
         "alice bob criticism parse 0.80\nnato union criticism parse 0.80\n"},
        {"a noun measured out by another ('a round of talks') takes that one's host",
         "Alice and Bob held a second round of talks. NATO and the Union began a week of talks.",
         "alice bob negotiation parse, joint 0.80\nnato union negotiation parse, joint 0.80\n"},
        {"'their' talks held by the pair that 'their' stands for are joint talks",
         "Alice and Bob began their meeting on Monday. NATO and the Union held their talks.",
         "alice bob negotiation parse, joint 0.64\nnato union negotiation parse, joint 0.64\n"},
        {"'he and X held talks' are joint talks (only a 'they' pair is no party)",
         "Bob said he and Alice had held talks.", "bob alice negotiation parse, joint 0.64\n"},
        {"a date and a number before brackets are no dateline without a month and a credit",
         "Alice, 54 (pictured) - criticised Bob.", "alice bob criticism parse 0.80\n"},
        {"a past participle set off by commas or opening the sentence is passive; 'neither ... "
         "nor' after the verb negates it",
         "NATO, backed by the Union, criticised Alice. Criticised by Bob for the delay, Carol "
         "said she had no choice. Dave criticised neither Alice nor Bob.",
         "union nato support parse 0.80\nnato alice criticism parse 0.80\n"
         "bob carol criticism parse 0.80\n"},
        {"participles coordinated under one 'be' are both passive",
         "Alice was backed by Bob and criticised by Carol. Dave was criticised and condemned by "
         "NATO.",
         /* without it "alice bob support", "alice carol criticism" and "dave nato criticism", at
            0.70: the parser links "was" to "and" (Pg), not to the participles */
         "bob alice support parse 0.80\ncarol alice criticism parse 0.80\n"
         "nato dave criticism parse 0.80\n"},
        {"... also when the parser joins 'was' and its participle to the second participle "
         "(VJ), which has no object; with one it is active",
         "Bob was praised by Alice and criticised by Carol. Dave was praised by NATO and "
         "criticised the Union.",
         "alice bob support parse 0.80\ncarol bob criticism parse 0.80\n"
         "nato dave support parse 0.80\ndave union criticism parse 0.70\n"},
        {"an object relative clause's object is its antecedent ('whom')",
         "Bob, whom Alice criticised, resigned.", "alice bob criticism parse 0.80\n"},
        {"... also past a perfect's 'have', which the parser may read as a passive's 'be' (Pv); "
         "a real passive stays one",
         "Carol, whom Alice has praised, resigned. The militia, which NATO had long opposed, "
         "seized the town. Bob has been criticised by Dave.",
         /* without it only "dave bob criticism parse 0.80" */
         "alice carol support parse 0.80\nnato militia criticism parse 0.80\n"
         "dave bob criticism parse 0.80\n"},
        {"a surface frame gives a relative clause's cue no target past the comma that closes "
         "the clause (the main clause's object)",
         "Carol, whom Alice praised, criticised Bob.",
         /* without it also "alice bob support coordinated subjects 0.52" */
         "alice carol support parse 0.80\ncarol bob criticism parse 0.80\n"},
        {"a plural noun opening the sentence before a preposition is parsed with 'The' (no "
         "imperative 'Talks')",
         "Talks between NATO and the Union resumed in Geneva on Thursday after a long break.",
         "nato union negotiation parse, joint 0.80\n"},
        {"consultations with someone are a negotiation", "Alice held consultations with Bob.",
         "alice bob negotiation parse 0.80\n"},
        {"a noun's host through a predicate preposition: 'has been at odds with'",
         "Alice has long been at odds with Bob.", "alice bob criticism parse 0.80\n"},
        {"... and of a verb's object when the phrase is that verb's complement: 'put X at odds "
         "with'",
         "The vote put Alice at odds with Bob. Dave spoke. It's an interpretation that puts him at "
         "odds with Carol.",
         "alice bob criticism parse 0.80\ndave carol criticism parse, pronoun 0.64\n"},
        {"'including those for ...': the list after 'those', each conjunct",
         "Several groups, including those for Alice, Bob, Carol and Dave, spoke against NATO.",
         "alice nato criticism parse 0.80\n"
         "bob nato criticism parse 0.80\n"
         "carol nato criticism parse 0.80\n"
         "dave nato criticism parse 0.80\n"},
        {"an offer made to someone is a negotiation with them", "Alice offered Bob a new contract.",
         "alice bob negotiation parse 0.80\n"},
        {"... but plaudits offered are praise (cues.json: plaudit beside tribute)",
         "Alice offered Bob plaudits. Carol offered plaudits to NATO for the plan.",
         /* without the cue "alice bob negotiation parse 0.80" and nothing of Carol's */
         "alice bob support parse 0.80\ncarol nato support parse 0.80\n"},
        {"'both ... and': each conjunct; the offers are each a negotiation with Alice",
         "Alice rejected the offers from both Bob and Carol.",
         "alice bob criticism parse, owner 0.64\n"
         "alice carol criticism parse, owner 0.64\n"
         "bob alice negotiation parse 0.80\n"
         "carol alice negotiation parse 0.80\n"},
        {"a thing named before gives way to its owners in a list ('from both ... and')",
         "Dave presented an offer. Alice rejected the latest offers from both Bob and Carol.",
         "alice bob criticism parse, owner 0.64\n"
         "alice carol criticism parse, owner 0.64\n"
         "bob alice negotiation parse 0.80\n"
         "carol alice negotiation parse 0.80\n"},
        {"'each other': each of the subjects against the other",
         "Alice and Bob accused each other.",
         "alice bob criticism parse, each other 0.80\n"
         "bob alice criticism parse, each other 0.80\n"},
        {"a reported deed: who says Bob attacked Carol takes issue with Bob",
         "Alice said Bob attacked Carol.",
         "alice bob criticism parse, reported deed 0.64\n"
         "bob carol criticism parse 0.80\n"},
        {"a deed noun's host does it when its verb is one of doing ('launched an attack')",
         "Bob launched an attack on Carol.", "bob carol criticism parse 0.80\n"},
        {"... and not otherwise: who condemns an attack does not make it",
         "Alice condemned the attack on Carol.", ""},
        {"'allege' is a verb of saying: the deed it reports is taken issue with",
         "Alice alleged that Bob had launched a new offensive.",
         "alice bob criticism parse, reported deed 0.64\n"},
        {"so is one found or ruled: who finds that Bob violated the law takes issue with him",
         "Alice found that Bob violated the law.",
         "alice bob criticism parse, reported deed 0.64\n"},
        {"... also through a noun of finding, which whoever upholds it finds too",
         "Dave upheld Alice's findings that Bob violated the law.",
         "dave alice support parse, owner 0.64\nalice bob criticism parse, reported deed 0.64\n"
         "dave bob criticism parse, reported deed 0.64\n"},
        {"... but not whoever rejects it",
         "Dave rejected Alice's findings that Bob violated the law.",
         "dave alice criticism parse, owner 0.64\nalice bob criticism parse, reported deed 0.64\n"},
        {"a passive participle with no agent that is an adjective cue is that adjective",
         "Alice is opposed to Bob.", "alice bob criticism parse 0.80\n"},
        {"... with an agent it stays a passive verb", "Alice was opposed by Bob.",
         "bob alice criticism parse 0.80\n"},
        {"'voted for' a thing supports its owner", "Alice voted for Bob's bill.",
         "alice bob support parse, owner 0.64\n"},
        {"support 'behind' someone", "Alice threw her support behind Bob.",
         "alice bob support parse, pronoun 0.64\n"},
        {"'ordered strikes on': a verb of doing the deed", "Alice ordered strikes on Bob.",
         "alice bob criticism parse 0.80\n"},
        {"an agent noun is said of the subject of 'be' ('a critic of')",
         "Alice has been a vocal critic of Bob.", "alice bob criticism parse 0.80\n"},
        {"... or of the name it is set beside, its target the possessor",
         "Alice, Bob's closest ally, met Carol.",
         "alice bob support parse 0.80\n"
         "alice carol negotiation parse 0.80\n"},
        {"... and never of another verb's subject", "Alice interviewed Bob's critics.", ""},
        {"a talks noun in the sentence's opening phrase is hosted by the clause's subject (CO)",
         "After talks with Bob in Geneva, Alice said a deal was close.",
         "alice bob negotiation parse 0.80\n"},
        {"... only when the preposition that holds the noun itself opens the phrase",
         "Despite calls for talks with Bob, Alice refused to negotiate. Despite Carol's calls for "
         "talks with Bob, Dave refused.",
         /* without it "alice bob" and "dave bob negotiation": the talks only called for ("for" is
            an opener of its own in a later linkage) */
         "carol bob negotiation parse 0.80\n"},
        {"... and only for a noun that names nobody but through 'with' (not 'an investigation into "
         "X')",
         "After an investigation into Bob, Alice resigned. During a crackdown on Carol, Dave "
         "resigned.",
         /* without it "alice bob criticism" and "dave carol criticism": whoever investigated */
         ""},
        {"a name after 'with' joins no list by a comma alone (surface frames)",
         "In a separate summit with Bob, Alice warned of NATO's moves.",
         /* without it also "bob nato criticism coordinated subjects 0.52", and Alice's at 0.52 */
         "alice bob negotiation parse 0.80\nalice nato criticism active 0.45\n"},
        {"an agent noun's target may be a name set before it, its source the name it is a title "
         "of; not after 'former'",
         "Alice, a close Bob ally, said the vote was fair. NATO critic Carol said the vote was "
         "fair. Dave, a former Union ally, said it was fair.",
         /* not the former ally: "former" is linked to the name ("4-G-5"), not to "ally" */
         "alice bob support parse 0.80\ncarol nato criticism parse 0.80\n"},
        {"... but a 'former' before another noun leaves the stance noun as it is",
         "Alice welcomed the former president's support for Bob.",
         /* without it none: "former" two words before "support" negated it */
         "alice bob support parse 0.80\n"},
        {"a time between an appositive and its verb is left out of the parse",
         "Alice, the foreign minister, on Tuesday accused Bob.",
         "alice bob criticism parse 0.80\n"},
        {"... also 'on Tuesday night'", "Alice on Tuesday night accused Bob.",
         "alice bob criticism parse 0.80\n"},
        {"a bare weekday after a name, before a lowercase word, is left out of the parse ('met "
         "Bob Wednesday as ...': the parser ran the day into the name)",
         "Alice met Bob Wednesday as he wound up a first visit to NATO that featured pledges from "
         "both nations to develop strategic cooperation on major international issues. Carol "
         "Tuesday accused Dave of lying.",
         /* without the rule only "alice nato negotiation parse 0.80" */
         "alice bob negotiation parse 0.80\nalice nato negotiation parse, pronoun 0.64\n"
         "carol dave criticism parse 0.80\n"},
        {"... with a part of the day ('Monday morning'), and not before 'and' or 'or' ('met Bob "
         "Tuesday and Wednesday')",
         "Alice met Bob Tuesday and Wednesday to discuss the crisis. Carol criticised NATO Monday "
         "morning for its failure.",
         /* without the rule "alice bob negotiation active 0.45" and "carol nato criticism parse,
          * owner 0.64" */
         "alice bob negotiation parse 0.80\ncarol nato criticism parse 0.80\n"},
        {"a parse that gives nothing is tried again with a time after any name left out ('rebel "
         "chief on Monday' read 'accused' as an adjective)",
         "The rebel chief on Monday accused NATO of breaking a ceasefire, jeopardising a peace "
         "agreement aimed to end the war.",
         "eve nato criticism parse 0.80\n"},
        {"... and after any word ('NATO foreign ministers on Wednesday welcomed')",
         "NATO foreign ministers on Wednesday welcomed an agreement between Alice and Bob.",
         /* the first parse gave only alice bob negotiation */
         "nato alice support parse, owner 0.56\nnato bob support parse, owner 0.56\n"
         "alice bob negotiation parse, joint 0.80\n"},
        {"... and with a second that-clause after a comma cut off, when that reads more and "
         "keeps every tie",
         "Alice said Bob's attacks on Carol were a result of NATO support, and that talks with "
         "Dave were pointless.",
         "alice bob criticism parse, reported deed 0.64\n"
         "bob carol criticism parse 0.80\n"},
        {"a gerund with a possessive stands as a noun with an owner",
         "Alice criticised Bob's handling of the crisis and called on Carol to intervene.",
         "alice bob criticism parse, owner 0.64\n"
         "alice carol criticism parse 0.80\n"},
        {"a gerund under a preposition that opens the clause: the main subject's",
         "After meeting Bob, Alice left.", "alice bob negotiation parse 0.80\n"},
        {"a participle that opens the clause (CO): the main subject's",
         "Criticizing Bob, Alice left.", "alice bob criticism parse 0.80\n"},
        {"'by' and a gerund is a means: the subject of the verb it hangs on does it",
         "Alice said Bob had crossed a red line by attacking Carol.",
         /* "crossed a red line" is Alice's charge against Bob since the cue of ext29 */
         "alice bob criticism parse 0.80\nbob carol criticism parse 0.80\n"},
        {"an evaluative adjective in a pair ('irresponsible and dangerous')",
         "Bob said Alice's comments were irresponsible and dangerous.",
         "bob alice criticism parse, owner 0.64\n"},
        {"the name set beside a noun is who it is, before its owner",
         "The Union's leader, Dave, criticised Carol.", "dave carol criticism parse 0.80\n"},
        {"'had the support of': the host receives support",
         "Alice said she had the support of Carol.", "carol alice support parse, pronoun 0.64\n"},
        {"... but 'had talks with' are the host's own", "Alice had talks with Bob.",
         "alice bob negotiation parse 0.80\n"},
        {"a participle that is an adjective cue keeps 'by' as its target when its verb is no cue",
         "Alice was appalled by Bob.", "alice bob criticism parse 0.80\n"},
        {"a hyphenated cue word is looked up whole: 'co-operate' and 'co-operation' are "
         "cooperate and cooperation as British news writes them",
         "Alice co-operated with Bob. Carol wants closer co-operation with Dave.",
         /* without the rule nothing: the sentences were never parsed, their words read as
          * "co" and "operated" */
         "alice bob support parse 0.80\n"
         "carol dave support parse 0.80\n"},
        {"adjectives of anger kin to livid and incensed: angered, infuriated, enraged, miffed, "
         "irked, peeved, aggrieved; alone they name no target",
         "Alice was angered by Bob. Carol was miffed with Dave. The Union was irked.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\n"
         "carol dave criticism parse 0.80\n"},
        {"repeal beside revoke and rescind: what is repealed is undone, so its owner's",
         "Alice repealed Bob's decrees. Carol repealed the law.",
         /* without the rule nothing */
         "alice bob criticism parse, owner 0.64\n"},
        {"echo: saying again what someone said is siding with them; a voice echoing names no one",
         "Alice echoed Bob's concerns. Carol's voice echoed through the hall.",
         /* without the rule nothing */
         "alice bob support parse, owner 0.64\n"},
        {"storm out beside walk out: leaving talks in protest; leaving a room names no one",
         "Alice stormed out of talks with Bob. Carol stormed out of the room.",
         /* without the rule nothing; with storm out among the verbs that take "of" (merged
          * with ext17), as "walked out of talks with X": the talks' owner and the talks */
         "alice bob criticism parse, owner 0.64\nalice bob negotiation parse 0.80\n"},
        {"incomprehensible beside the evaluative adjectives: the speaker's criticism of what is "
         "evaluated",
         "Alice said Bob's move was incomprehensible.",
         /* without the rule nothing */
         "alice bob criticism parse, owner 0.64\n"},
        {"cooperation withheld is criticism, as support withheld is; under a condition it is "
         "nothing",
         "Alice did not cooperate with Bob. Carol would not cooperate with Dave if he won.",
         /* without the rule nothing: a negated cue gives no statement */
         "alice bob criticism parse, withheld support 0.40\n"},
        {"rig and steal the election beside lie and mislead: the speaker's criticism of the "
         "subject; a vote said to be rigged names no one",
         "Alice said Bob rigged the vote. Carol said Dave stole the election. Alice said the "
         "vote was rigged.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\n"
         "carol dave criticism parse 0.80\n"},
        {"maintain and contend with a clause are verbs of saying: their subject is the speaker",
         "Alice maintains Bob rigged the vote. Carol contends Dave lied. NATO maintained close "
         "ties with the Union.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\n"
         "carol dave criticism parse 0.80\n"},
        {"a participle of making set beside the noun: its 'by' is the author",
         "The plan, unveiled by Alice on Monday, was criticised by Bob.",
         "bob alice criticism parse, owner 0.64\n"},
        {"a pronoun that opens a clause of saying is the sayer when it fits ('NATO said it')",
         "The Union welcomed the move, while NATO said it was critical of Bob.",
         "nato bob criticism parse, pronoun 0.64\n"},
        {"a capitalised first word the parser names nothing is looked up as a noun; 'between' "
         "gets its second member after 'and'",
         "Negotiations between Alice and Bob resumed on Monday.",
         "alice bob negotiation parse, joint 0.80\n"},
        {"an evaluative noun: the speaker against whom the naming verb's object is",
         "Alice called Bob a liar.", "alice bob criticism parse 0.80\n"},
        {"... or the subject of 'be' in what the speaker says", "Alice said Bob was a dictator.",
         "alice bob criticism parse 0.80\n"},
        {"... and nothing when the noun is another verb's object",
         "Alice said Bob had met a dictator.", ""},
        {"'betray' is a deed, taken issue with by who reports it",
         "\"Bob has betrayed us,\" Alice told reporters.",
         "alice bob criticism parse, reported deed 0.51\n"
         "bob alice criticism parse, pronoun 0.64\n"},
        {"accusations two subjects exchanged are each against the other",
         "Alice and Bob exchanged accusations.",
         "alice bob criticism parse, each other 0.80\n"
         "bob alice criticism parse, each other 0.80\n"},
        {"the host of a charge makes it only through a verb of making it",
         "Alice rejected the allegations against Bob. Carol dismissed the accusations against "
         "Dave. Dave levelled allegations against Carol.",
         "dave carol criticism parse 0.80\n"},
        {"an allegation, accusation or complaint that someone did something is against them",
         "Alice made allegations that Bob rigged the vote.", "alice bob criticism parse 0.80\n"},
        {"... also when its host received it: the clause names whom it is aimed at",
         "Bob received complaints by Alice that Carol had blocked calls.",
         "alice carol criticism parse 0.80\n"},
        {"a complaint 'over' what someone did or owns is against them",
         "The ruling followed a complaint by Alice over Bob's fees.",
         "alice bob criticism parse, owner 0.64\n"},
        /* without the rule "alice carol criticism parse 0.70": a lesser linkage read "peace
         * between Bob and Carol" as "peace ... and Carol" urged (and without the rule on
         * lists after it, "bob carol" and "carol dave negotiation joint talks 0.45") */
        {"a lesser linkage gives a verb no object the best puts after a noun's preposition",
         "Alice has urged a durable peace between Bob and Carol, as Dave brought the two "
         "nations' foreign ministers together for their first in-person meeting since an "
         "outbreak of violence last week.",
         ""},
        {"... but whoever denies one makes none",
         "Alice denied allegations that she had bribed Bob.", ""},
        {"so is a conflict two subjects are in", "Alice and Bob have been at odds for years.",
         "alice bob criticism parse, each other 0.80\n"
         "bob alice criticism parse, each other 0.80\n"},
        {"... and the host of a conflict 'between' others is no party to it",
         "Alice mediated the dispute between Bob and Carol.",
         "alice bob negotiation parse 0.80\n"
         "alice carol negotiation parse 0.80\n"
         "bob carol criticism parse, between 0.80\n"
         "carol bob criticism parse, between 0.80\n"},
        {"who says talks with someone will go on is a party to them",
         "Bob said talks with Alice would continue next week.",
         "bob alice negotiation parse 0.80\n"},
        {"a gerund after 'after', 'before', 'while': the subject's own doing, not the object's",
         "Alice visited NATO after criticising Bob.",
         "alice nato negotiation parse 0.80\n"
         "alice bob criticism parse 0.80\n"},
        {"a name a lesser linkage sets beside the object is no owner ('..., NATO said')",
         "Bob welcomed the move, NATO said.", ""},
        {"'had high praise for': the host's own, no support received",
         "Alice had high praise for Bob.", "alice bob support parse 0.80\n"},
        {"'had the support of' with a target too ('aid for Y from Z') is no support received",
         "Alice secured aid for the Union from Bob.", "bob union support parse 0.80\n"},
        {"a gerund with 'the' is no owned thing: 'the jailing of Bob' is not Bob's",
         "Alice denounced the jailing of Bob.", ""},
        {"a permission's host gives it only through a verb of giving",
         "Alice withheld approval of Bob's plan.", ""},
        {"a deed is taken as done only through a verb of doing without an infinitive after it",
         "Alice ordered the occupation of the Union to end.", ""},
        {"support for what is done to someone is criticism of them",
         "Alice voted for Bob's impeachment.", "alice bob criticism parse, undergone 0.51\n"},
        {"... and so is demanding it", "Alice demanded Bob's resignation.",
         "alice bob criticism parse, undergone 0.51\n"},
        {"... but condemning it says nothing of them, nor does a surface frame read it",
         "Alice condemned the arrest of Bob.", ""},
        {"... nor does accepting it, which only takes note of it",
         "Alice accepted the resignation of Bob. Carol welcomed the resignation of Dave.",
         "carol dave criticism parse, undergone 0.51\n"},
        {"a defeat is undergone too ('a catastrophe' said of it is no criticism of its loser), "
         "but its possessor is its author when it has an 'of'",
         "Alice called Bob's defeat a catastrophe. Carol welcomed Dave's defeat. The Union "
         "praised NATO's defeat of Eve.",
         /* without it "alice bob criticism parse, owner 0.64", "carol dave support ..." */
         "carol dave criticism parse, undergone 0.51\nunion nato support parse, owner 0.64\n"},
        {"a participle on a thing stands for the thing's makers (the subjects of its verb of "
         "making)",
         "Alice and Bob issued a joint statement criticising Carol.",
         "alice carol criticism parse, owner 0.56\n"
         "bob carol criticism parse, owner 0.56\n"},
        {"a participle set off after a thing the clause made (MX) is the clause subject's deed",
         "Alice enacted new tariffs, imposing a duty on imports from Bob and Carol.",
         "alice bob criticism parse, owner 0.64\n"
         "alice carol criticism parse, owner 0.64\n"},
        {"a verb of giving's first object is its second object's 'to' ('gave Bob the approval'); "
         "an offer of support is no negotiation",
         "Alice gave Bob the approval. Carol offered Dave her support.",
         "alice bob support parse 0.80\n"
         "carol dave support parse, pronoun 0.64\n"},
        {"suspend is a cue of criticism, and what is suspended from X is against X",
         "Alice suspended imports from Bob.", "alice bob criticism parse, owner 0.64\n"},
        {"an intent noun's infinitive is its owner's deed (possessor, else 'by')",
         "Carol criticised Alice's decision to grant approval to Bob.",
         "carol alice criticism parse, owner 0.64\n"
         "alice bob support parse 0.40\n"},
        {"... but a refusal or a failure to do a thing is its owner's not doing it: support "
         "refused is withheld, criticism failed nothing (they had read as done)",
         "Carol criticised Alice's refusal to support Bob. Dave's failure to condemn NATO angered "
         "the Union.",
         /* "angered the Union": the Union against Dave, since the cue of ext29 */
         "carol alice criticism parse, owner 0.64\n"
         "alice bob criticism parse, withheld support 0.40\n"
         "union dave criticism parse, owner 0.64\n"},
        {"... and not done when a verb gives the noun up (abandon, scrap, break, reverse ...)",
         "Alice abandoned her plan to sanction Bob. Carol broke her promise to back Dave. NATO "
         "kept its promise to back the Union.",
         /* without it "alice bob criticism" and "carol dave support", 0.32 each */
         "nato union support parse, pronoun 0.32\n"},
        {"... and its 'by'",
         "The Union criticised the decision by Dave to block the merger of NATO.",
         "union dave criticism parse, owner 0.64\n"
         "dave nato criticism parse, owner 0.32\n"},
        {"cast doubt on, question: criticism of the owner of what they doubt",
         "Alice cast doubt on Bob's claims. Carol questioned Dave's commitment to the deal.",
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"},
        {"'a mistake', which the parser gives no part of speech after a naming verb, is the "
         "evaluative noun",
         "Alice called Bob's decision a mistake.", "alice bob criticism parse, owner 0.64\n"},
        {"a verb of proposing makes its subject the author of the proposal, offer or plan",
         "Bob proposed a ceasefire. Alice welcomed the proposal.",
         "alice bob support parse, owner 0.64\n"},
        {"... and of announcing, the author of the announcement",
         "NATO announced that it had approved the dam. The Union criticised the announcement.",
         /* without the rule, nothing */
         "union nato criticism parse, owner 0.64\n"},
        {"... and of 'the move' after it, a decision announced",
         "NATO announced that it was launching a review. The Union welcomed the move.",
         "union nato support parse, owner 0.64\n"},
        {"a holder of support given by a possessor is its target ('has Bob's backing')",
         "Alice has Bob's backing. Carol secured Dave's endorsement.",
         "bob alice support parse 0.80\ndave carol support parse 0.80\n"},
        {"'it' or 'this' in a quotation is what its speaker is said to be referring to",
         "\"It is a disgrace,\" Alice said, referring to Bob's plan. \"It is outrageous,\" Carol "
         "said, referring to the Union.",
         "alice bob criticism parse, pronoun 0.56\ncarol union criticism parse, pronoun 0.64\n"},
        {"'him' or 'her' beside the 'she' or 'he' it cannot be is the other person named",
         "Alice met Bob on Monday. She later criticised him.",
         "alice bob negotiation parse 0.80\nalice bob criticism parse, pronoun 0.64\n"},
        {"a noun's host through 'up' ('stepped up pressure on')",
         "Alice stepped up pressure on Bob.", "alice bob criticism parse 0.80\n"},
        {"an evaluative adjective before a noun: the quotation's speaker on the noun's owner",
         "\"This is an outrageous decision by Bob,\" Alice said.",
         "alice bob criticism parse, owner 0.64\n"},
        {"confidence in someone is support; confidence lost is none",
         "Alice expressed confidence in Bob. Carol has lost confidence in Dave.",
         "alice bob support parse 0.80\n"},
        {"a thing called a joke: criticism of its owner", "Alice called Bob's offer a joke.",
         "alice bob criticism parse, owner 0.64\n"},
        {"investigations into and charges against someone are criticism; an invitation "
         "accepted is a negotiation from who made it, and its acceptance support",
         "Alice launched an investigation into Bob. Carol filed charges against Dave. "
         "Bob accepted Carol's invitation to visit.",
         "alice bob criticism parse 0.80\n"
         "carol dave criticism parse 0.80\n"
         "bob carol support parse, owner 0.64\n"
         "carol bob negotiation parse 0.80\n"},
        {"support noun suspended is none; weight thrown behind someone is support",
         "Alice suspended cooperation with Bob. Carol threw its weight behind Dave.",
         "carol dave support parse 0.80\n"},
        {"a reported deed with no actor as its object", "Alice said Bob was resisting the plan.",
         "alice bob criticism parse, reported deed 0.64\n"},
        {"a deed noun with a predicate said of it has no reporter",
         "Alice said Bob's attack on Carol was justified.", "bob carol criticism parse 0.80\n"},
        {"a deed noun as a subject with no predicate said of it is reported",
         "Carol said Bob's attacks on Dave are a result of poor policy.",
         "carol bob criticism parse, reported deed 0.64\n"
         "bob dave criticism parse 0.80\n"},
        {"a weekday between subject and verb is left out of the parse (no unlinked word)",
         "Alice on Sunday criticized Bob.", "alice bob criticism parse 0.80\n"},
        {"object control: the object of 'urged' is who would condemn, and it is not done yet",
         "Alice urged Bob to condemn Carol.",
         "alice bob criticism parse 0.80\n"
         "bob carol criticism parse 0.40\n"},
        {"subject control", "Alice wants to meet Bob.", "alice bob negotiation parse 0.40\n"},
        {"a purpose's doer is its verb's subject, when the 'to' that the parser hangs on the "
         "verb (MVi) neither follows the verb nor a common noun",
         "On Tuesday, Alice stormed the offices in Geneva to protest the NATO resolution. Carol "
         "said NATO would do everything to defend and strengthen the Union's ruling.",
         /* without the rule only "alice nato criticism active 0.45" */
         "alice nato criticism parse, owner 0.64\nnato union support parse, owner 0.64\n"},
        {"shared subject: Alice, not Bob, criticized Carol",
         "Alice met with Bob and criticized Carol.",
         "alice bob negotiation parse 0.80\n"
         "alice carol criticism parse 0.80\n"},
        {"a gerund under 'for' takes the object as its subject",
         "Alice criticized Bob for praising Carol.",
         "alice bob criticism parse 0.80\n"
         "bob carol support parse 0.80\n"},
        {"a gerund under the 'in' of join is done by join's subject and its named object",
         "Alice joined Bob in condemning Carol. NATO joined the protest in criticising Dave.",
         /* without it no "bob carol criticism" */
         "alice carol criticism parse 0.80\nbob carol criticism parse 0.80\n"
         "nato dave criticism parse 0.80\n"},
        {"a participle takes the clause's subject", "Alice met Bob, praising Carol.",
         "alice bob negotiation parse 0.80\n"
         "alice carol support parse 0.70\n"},
        {"a relative clause's subject is its antecedent",
         "Dave, who supported Bob, condemned Carol.",
         "dave bob support parse 0.80\n"
         "dave carol criticism parse 0.80\n"},
        {"possessor and 'of'", "Alice's criticism of Bob surprised nobody.",
         "alice bob criticism parse 0.80\n"},
        {"a noun's host", "Alice voiced support for Bob.", "alice bob support parse 0.80\n"},
        {"a receiving verb: the giver is the source", "Alice drew criticism from Bob.",
         "bob alice criticism parse 0.80\n"},
        /* the talks themselves are between Bob and Carol (the guide: "the two meet, hold talks
         * ... or are mediated"); Alice, who brokers them, is no party to them */
        {"'between' objects; the noun's host is no party to talks between others",
         "Alice brokered talks between Bob and Carol.",
         "alice bob negotiation parse 0.80\n"
         "alice carol negotiation parse 0.80\n"
         "bob carol negotiation parse, joint 0.80\n"},
        {"a conflict 'between' two with no source: each against the other",
         "Since April, many people have been killed by fighting between Alice and Bob.",
         "alice bob criticism parse, between 0.80\n"
         "bob alice criticism parse, between 0.80\n"},
        {"a noun's phrase the parser hangs on its verb is read there, lists and all",
         "Alice rejected offers last week from Bob and Carol.",
         "alice bob criticism parse, owner 0.64\n"
         "alice carol criticism parse, owner 0.64\n"
         "bob alice negotiation parse 0.80\n"
         "carol alice negotiation parse 0.80\n"},
        /* without the rule nothing: the best linkage hangs "from Bob" on "pushed" */
        {"... and so is a 'from' right after a preposition's noun that the parser hangs on the "
         "verb",
         "But Alice on Thursday pushed back against calls from Bob to intervene and said the "
         "company's campaign in the media suggested they may not have negotiated in good faith.",
         "alice bob criticism parse, owner 0.64\n"},
        {"the host's subjects are no parties to an agreement 'between' others; they welcome "
         "its parties",
         "Alice and Carol welcomed the agreement between Bob and Dave.",
         "alice bob support parse, owner 0.64\nalice dave support parse, owner 0.64\n"
         "carol bob support parse, owner 0.64\ncarol dave support parse, owner 0.64\n"
         "bob dave negotiation parse, joint 0.80\n"},
        {"the host is no party; when the parser keeps one 'between' member only ([deal between "
         "Bob] and [NATO]), the name right after 'and' is the second",
         "Alice hopes the deal between Bob and NATO will be signed.",
         "bob nato negotiation parse, joint 0.80\n"},
        {"a comma that is itself a member of a longer list is no apposition",
         "Alice condemned Bob, the Union\xE2\x80\x99s decision and NATO\xE2\x80\x99s statement.",
         "alice nato criticism parse, owner 0.64\n"
         "alice bob criticism parse, owner 0.64\n"
         "alice union criticism parse, owner 0.64\n"},
        {"an offer's host is its target only when it answers the offer",
         "Carol said she had seen Alice\xE2\x80\x99s offer.", ""},
        {"a phone call 'to' someone; a call 'to' someone to act is an appeal, no call",
         "Alice said in a phone call to Bob that the tariffs were illegal.\n"
         "Carol repeated her call to NATO to send more weapons.",
         "alice bob negotiation parse 0.80\n"},
        {"a comma taken for a conjunction between a name and a common noun is an apposition",
         "The talks gained momentum during a three-day visit to NATO by Alice, Bob\xE2\x80\x99s "
         "special envoy to the Union and NATO, who concluded his trip on Friday.",
         /* 0.70: without "on Friday" the best linkage reads it otherwise, the second so */
         "alice nato negotiation parse 0.70\n"},
        {"a name, a verb and a name are a clause, not one noun phrase whose last name is the "
         "next verb's subject",
         "Dave backed Carol and NATO condemned Bob.",
         /* without the rule also "carol bob criticism parse 0.80", and dave carol at 0.70 */
         "dave carol support parse 0.80\nnato bob criticism parse 0.80\n"},
        {"coordinated subjects with no object: a joint negotiation", "Alice and Bob held talks.",
         "alice bob negotiation parse, joint 0.80\n"},
        {"a summit or meeting 'of' two or more names is theirs, like one 'between' them",
         "A summit of Bob and Carol was held.", "bob carol negotiation parse, joint 0.80\n"},
        {"... also 'of' their leaders",
         "Alice left after a summit of the leaders of Bob and Carol.",
         "bob carol negotiation parse, joint 0.64\n"},
        {"... but a meeting 'of' one name is a gathering of its own, with no other side",
         "Bob said the meeting of NATO was postponed.", ""},
        {"three or more who hold talks together: each negotiates with each other one",
         "Alice, Bob and Carol held talks.",
         "carol alice negotiation parse, joint 0.80\ncarol bob negotiation parse, joint 0.80\n"
         "alice bob negotiation parse, joint 0.80\n"},
        {"'they' after a list of three names is all three, not the last two",
         "Alice, Bob and Carol said they backed Dave.",
         /* without the rule only Bob's and Carol's */
         "alice dave support parse, pronoun 0.64\nbob dave support parse, pronoun 0.64\n"
         "carol dave support parse, pronoun 0.64\n"},
        {"... also when the list opened the sentence before",
         "Alice, Bob and Carol arrived on Monday. They criticised Dave.",
         /* without the rule nothing: "they" found no pair */
         "alice dave criticism parse, pronoun 0.64\nbob dave criticism parse, pronoun 0.64\n"
         "carol dave criticism parse, pronoun 0.64\n"},
        {"... also a list with members of no name among its names: 'they' is all its names",
         "Bob, local residents, Carol and a few foreign celebrities arrived on Monday. They "
         "criticised Dave.",
         /* without the rule nothing: "they" found no pair, and Bob and Carol are persons */
         "bob dave criticism parse, pronoun 0.64\ncarol dave criticism parse, pronoun 0.64\n"},
        {"... but not a name and a member of no name alone",
         "Bob and a few residents met. They "
         "criticised Dave.",
         ""},
        {"a name of a list of three stands for the whole list when the parse reads a name apart",
         "Alice, Bob and Carol confirmed within hours that they had offered their resignations "
         "after backing Dave.",
         /* the parse reads "Alice," as a name called to: without the rule only Bob's and
          * Carol's; without the next but one also a joint negotiation of all three */
         "carol dave support parse 0.80\nbob dave support parse 0.80\n"
         "alice dave support parse 0.80\n"},
        {"... also a list closed by 'as well as'", "Alice, Bob as well as Carol criticised NATO.",
         /* without the rule only Bob's: "Alice," opens the sentence, "as well as Carol" hangs */
         "bob nato criticism parse 0.80\nalice nato criticism parse 0.80\n"
         "carol nato criticism parse 0.80\n"},
        {"a subject's 'along with' or 'together with' names others who do what it does",
         "NATO, along with the Union, criticised Alice.",
         /* without the rule only NATO's */
         "nato alice criticism parse 0.80\nunion alice criticism parse 0.80\n"},
        {"... a subject's only: an object's is no second object", "Alice met Carol along with Bob.",
         "alice carol negotiation parse 0.80\n"},
        {"... not an owner named after it: 'along with Bob's critics'",
         "Alice, along with Bob's critics, attacked Carol.",
         /* before: bob carol criticism too */
         "alice carol criticism parse 0.80\n"},
        {"... but not the name that a preposition takes before the list",
         "According to Alice, Bob and Carol backed Dave.",
         "bob dave support parse 0.80\ncarol dave support parse 0.80\n"},
        {"... nor a verb's object before it, nor the name after 'unlike'",
         "After meeting Alice, Bob and Carol criticised Dave. Unlike NATO, Eve and Frank praised "
         "Dave.",
         /* before: alice dave criticism, "bob carol" and "alice carol negotiation parse, joint"
          * and nato dave support too */
         "bob alice negotiation parse 0.80\ncarol alice negotiation parse 0.80\n"
         "bob dave criticism parse 0.80\ncarol dave criticism parse 0.80\n"
         "eve dave support parse 0.80\nfrank dave support parse 0.80\n"},
        {"an act done to someone (offer, visit, contact) is no joint talks of its doers "
         "(surface frames)",
         "Paris, Jan. 16: Alice, Bob, Carol and Dave were given 72 hours to explain why they "
         "have failed to link basic operators offering limited mobility.",
         /* the parse leaves the sentence open: without the rule "alice bob", "bob carol" and
          * "carol dave negotiation joint talks 0.45" from "offering" */
         ""},
        {"a name after a comma that owns what follows is an apposition's, no list (surface "
         "frames); 'and' still joins one",
         "Alice, Bob's adviser, spoke on Monday. Carol and Dave's envoys met on Monday.",
         /* without it also "alice bob negotiation joint talks 0.45" */
         "carol dave negotiation joint talks 0.45\n"},
        {"a name after 'in' or 'at' is where a negotiation verb took place, no party to it "
         "(surface frames); a party after it still is",
         "Alice spoke at the Union on Monday. Carol talked about her childhood in the Union. "
         "Dave, speaking at NATO, praised Bob. Alice met in NATO with Bob.",
         /* without it also "alice union", "carol union", "dave nato" and "alice nato
          * negotiation active 0.45" */
         "dave bob support parse 0.80\nalice bob negotiation parse 0.80\n"},
        {"a name after 'outside', 'inside' or 'near' is where any cue took place, no target "
         "(surface frames)",
         "Alice protested outside NATO against the Union. Carol demonstrated near NATO against "
         "Dave.",
         /* without it also "alice nato criticism active 0.60" and "carol nato criticism active
          * 0.60" */
         "alice union criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"past a negotiation's venue, only a name after one of the cue's own prepositions is its "
         "other side (surface frames)",
         "Carol spoke at NATO after the Union's vote.",
         /* with the venue rule alone "carol union negotiation active 0.45" */
         ""},
        {"a name followed by a verb opens a clause of its own, no member of the list before it "
         "(surface frames)",
         "Alice met Bob, and Carol criticised Dave.",
         /* without it also "alice carol negotiation active 0.52" */
         "alice bob negotiation parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"a cue right after its source and 'to', with no verb of its own, is a plan (a "
         "headline's future): no negotiation, other stances halved (surface frames)",
         "Alice to meet Bob in Paris next week\n\nNATO to condemn the Union",
         /* without it "alice bob negotiation active 0.45" and 0.45 for NATO */
         "nato union criticism active 0.23\n"},
        {"... but not after an ordinal or 'only': the first of a kind to do it did it",
         "Dave was the first envoy of the Union to visit NATO since the war.",
         /* without it nothing: the visit read as a plan */
         "union nato negotiation active 0.45\n"},
        {"... in the source's own phrase, not before a comma",
         "For the first time in years, Alice to meet Bob. After the first round, Carol to "
         "criticise Dave.",
         /* with an ordinal anywhere before taken, "alice bob negotiation active 0.45" and 0.45
          * for Carol */
         "carol dave criticism active 0.23\n"},
        {"... and so does a name after 'and that' (or 'whether', 'if'): a clause of its own",
         "Dave said he had met Carol and that the Union would back NATO.",
         /* without it also "dave union negotiation active 0.52" */
         "dave carol negotiation parse, pronoun 0.56\nunion nato support parse 0.35\n"},
        {"offering one's own resignation is no negotiation",
         "Alice, Bob and Carol offered their resignations.",
         /* without the rule a negotiation between each two of them, over their own thing */
         ""},
        {"a feeling adjective before a clause with no 'that' reads the clause as with one",
         "Alice was very disappointed Bob had rejected the offer.",
         /* without the rule nothing: the parser links no clause to the adjective */
         "alice bob criticism parse 0.80\n"},
        {"... also one the parser takes no 'that' after, parsed as 'disappointed'",
         "Carol said Alice was furious Bob rejected the offer.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\n"},
        {"a feeling about harm that befell someone, or their death, is no stance on them: "
         "'angry Bob was arrested'",
         "Alice is angry Bob was arrested. Carol was upset that Dave had died. NATO was angry "
         "that Eve was released.",
         /* before: alice bob and carol dave criticism too */
         "nato eve criticism parse 0.80\n"},
        {"'strike' with no object is a walkout: no deed its reporter takes issue with",
         "Alice said Bob had voted to strike.",
         /* without the rule "alice bob criticism parse, reported deed 0.32" */
         ""},
        {"an evaluation said of an actor: the speaker is the source",
         "Alice said Bob was irresponsible.", "alice bob criticism parse 0.80\n"},
        {"an evaluation of an actor's thing, with 'that'",
         "Alice said that Bob's offer was dreadful.", "alice bob criticism parse, owner 0.64\n"},
        {"calling something so", "Alice called Bob's demands unconstructive.",
         "alice bob criticism parse, owner 0.64\n"},
        {"consider and find judge their object by an evaluative adjective after it",
         "Alice considers Bob's plan unacceptable. Carol found Dave's conduct illegal. Alice is "
         "considering a legal challenge against Carol.",
         /* without the rule the challenge alone */
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"
         "alice carol criticism parse 0.80\n"},
        {"'describe ... as' calls something so; a passive naming verb's speaker is its by-agent",
         "Alice described Bob as a liar. Carol described Dave's move as \"dumb.\" Bob's claims "
         "were described as baseless by Dave. Alice was called a hypocrite by Carol.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse, owner 0.64\n"
         "dave bob criticism parse, owner 0.64\ncarol alice criticism parse 0.80\n"},
        {"a naming verb's participle set off by commas or opening the sentence is passive",
         "Bob, called a liar by Alice, resigned. Called a liar by Carol, Dave resigned.",
         /* without it "bob alice" and "dave carol criticism parse, owner 0.64": read active */
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"a naming verb hosts no noun it calls so, unless the noun has 'with'",
         "Alice called the pressure on Bob unacceptable. Carol described the support for Dave as "
         "paltry. Alice described the talks with Carol as difficult.",
         /* without it "alice bob criticism" and "carol dave support", from the nouns' host */
         "alice carol negotiation parse 0.80\n"},
        {"a mention holds a legal ending written after its name (', Inc.')",
         "Alice on Tuesday approved two pipeline proposals from Bob and Carol, Inc. designed to "
         "transport oil.",
         /* without it Carol's comma broke the list: Alice -> Bob alone */
         "alice bob support parse, owner 0.64\nalice carol support parse, owner 0.64\n"},
        {"... also one written without a comma or a full stop (' Ltd', ' LLC', ' plc')",
         "NATO Ltd criticised Bob. NATO LLC praised Carol. NATO plc met Dave.",
         /* without it none for Ltd and LLC: the parser read the ending as a second name */
         "nato bob criticism parse 0.80\nnato carol support parse 0.80\n"
         "nato dave negotiation parse 0.80\n"},
        {"the comma after an alias that holds an apposition is left out of the parse",
         "In response, Union chief, Frank, described Bob's move as \"dumb.\"",
         /* without it the parser reads "Frank, described" as a fragment: no speaker */
         "frank bob criticism parse, owner 0.64\n"},
        {"... but not before an apposition or a relative clause of its own",
         "Union chief, Frank, a critic of Bob, spoke on Monday. Union chief, Frank, who has "
         "criticised Carol, left.",
         /* without it neither, and a joint negotiation of Frank and Bob from "spoke" */
         "frank bob criticism parse 0.80\nfrank carol criticism parse 0.80\n"},
        {"an evaluation nobody is said to make", "Bob was unacceptable.", ""},
        {"a talks noun with its own 'with' makes its coordinated subjects no parties together",
         "Alice and Bob demanded an immediate ceasefire in a call with Carol, according to an "
         "official.",
         /* without it also "bob alice negotiation parse, joint 0.70", from "call" */
         "bob carol negotiation parse 0.70\nalice carol negotiation parse 0.70\n"},
        {"a demand, urging or pressing said in a call or talks with someone is made of them",
         "Alice demanded a ceasefire in a call with Bob. Carol urged restraint in talks with "
         "Dave.",
         "alice bob criticism parse 0.70\nalice bob negotiation parse 0.70\n"
         "carol dave criticism parse 0.80\ncarol dave negotiation parse 0.80\n"},
        {"... not praise, which is of what the sentence names",
         "Alice praised the deal in a call with Bob.", "alice bob negotiation parse 0.80\n"},
        {"'much to the disappointment of X', 'to X's dismay': X feels it at the clause's doer",
         "Alice delayed the project, much to the disappointment of Bob. To Carol's dismay, Dave "
         "left.",
         "bob alice criticism parse 0.80\ncarol dave criticism parse 0.70\n"},
        {"... and dismay is a criticism noun of its own", "Alice expressed dismay at Bob.",
         "alice bob criticism parse 0.80\n"},
        {"adopting, implementing, heeding or complying with someone's measure supports them; "
         "refusing to do so withholds it",
         "Alice adopted Bob's proposal. Carol refused to comply with Dave's order.",
         "alice bob support parse, owner 0.64\ncarol dave criticism parse, withheld support "
         "0.32\n"},
        {"two who sever their ties with no target named break with each other",
         "Alice and Bob severed their diplomatic ties. Carol and Dave severed ties with NATO.",
         "alice bob criticism parse, each other 0.80\nbob alice criticism parse, each other "
         "0.80\ncarol nato criticism parse 0.80\ndave nato criticism parse 0.80\n"},
        {"a participle after an adjective said in a reported clause is the speaker's",
         "Alice says NATO is weak, blaming Bob for the split.", "alice bob criticism parse 0.80\n"},
        {"... but not after an adjective of feeling, which is the subject's own state",
         "Alice said that NATO was angry, accusing Bob of lying.",
         "nato bob criticism parse 0.80\n"},
        {"a criticism with no target done in response to someone's deed is against its doer",
         "Alice vetoed the bill in response to a walkout staged by Bob. Carol expelled three "
         "diplomats in retaliation for Dave's expulsion of her envoys.",
         "alice bob criticism parse 0.70\ncarol dave criticism parse, owner 0.64\n"},
        {"... but not support, nor an answer to what is no deed",
         "Alice thanked Carol in response to Bob's praise. Dave vetoed the bill in response "
         "to Eve's question.",
         "alice carol support parse 0.80\n"},
        {"... but a 'with' that names nobody leaves them parties together",
         "Alice and Bob held a meeting with no agenda. Carol and Dave held a summit with high "
         "hopes.",
         /* without it none: any "with" after the noun made them no parties */
         "alice bob negotiation parse, joint 0.70\ncarol dave negotiation parse, joint 0.80\n"},
        {"a list after 'including'", "Carol's aides, including Alice and Bob, met with Dave.",
         "bob dave negotiation parse 0.80\n"
         "alice dave negotiation parse 0.80\n"},
        {"a dateline is dropped, a mention in it too", "NATO (AP) \xE2\x80\x94 Alice praised Bob.",
         "alice bob support parse 0.80\n"},
        {"capitals before a hyphen are no dateline",
         "NATO-led forces arrived, and Alice praised Bob.", "alice bob support parse 0.80\n"},
        {"pressure yielded to comes from the 'from' to the subject; a removal asked for is "
         "criticism of who would undergo it",
         "Alice bowed to pressure from Bob and called for Carol's resignation.",
         /* without the rules nothing */
         "bob alice criticism parse 0.80\n"
         "alice carol criticism parse 0.70\n"},
        {"an offer's host extends it when the verb is one of making or extending it",
         "NATO made an offer to the Union. The Union rejected the offer.",
         /* without the rule only "union nato criticism parse, owner 0.64" */
         "nato union negotiation parse 0.80\n"
         "union nato criticism parse, owner 0.64\n"},
        {"a stance survived is received: the giver against the survivor; a strike announced is "
         "waged",
         "Alice survived a no-confidence vote brought by Bob. The Union announced a strike at "
         "NATO.",
         /* without the rules nothing */
         "bob alice criticism parse 0.80\n"
         "union nato criticism parse 0.80\n"},
        {"an evaluative noun made or committed judges its maker: 'said X made a mistake'",
         "Alice said Bob made a mistake.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\n"},
        {"an act asked of people who name no one is the asker's stance: 'urged voters to reject "
         "X'",
         "Alice urged voters to reject Bob.",
         /* without the rule nothing (the voters' rejection, of no actor) */
         "alice bob criticism parse 0.40\n"},
        {"a passive participle set beside a thing (MX) takes the thing as its object, so its "
         "owner: 'Bob's plan, opposed by Alice,'",
         "Bob's plan, opposed by Alice, failed.",
         /* without the rule nothing */
         "alice bob criticism parse, owner 0.64\n"},
        {"a linkage that joins a name and a stance noun as conjuncts is passed over; a gapped "
         "verb is the conjunction's",
         "Bob's decision drew praise from Alice and criticism from Carol.",
         /* without the rules only "carol bob support parse, owner 0.56" (both 'from's for
          * the praise) */
         "alice bob support parse, owner 0.56\n"
         "carol bob criticism parse, owner 0.56\n"},
        {"a criticism survived or faced that names its own target is no criticism of the "
         "survivor",
         "Alice survived Bob's attack on Carol. Dave survived an attack on his convoy by Eve. "
         "Carol survived the crackdown on the Union.",
         /* without the rule "bob alice criticism parse 0.80" in place of bob -> carol; at 21b1e04
          * also "carol union criticism parse 0.80", the survivor as the source */
         "bob carol criticism parse 0.80\n"
         "eve dave criticism parse 0.80\n"},
        {"joined subjects that stand together or side by side: each for the other",
         "Alice and Bob stood together. Carol and Dave stood side by side.",
         /* without the cues nothing (stand is a verb of taking a side) */
         "alice bob support parse, each other 0.80\n"
         "bob alice support parse, each other 0.80\n"
         "carol dave support parse, each other 0.80\n"
         "dave carol support parse, each other 0.80\n"},
        {"joined subjects of a reciprocal 'with' verb and no 'with': each to the other ('severed "
         "ties')",
         "Alice and Bob severed ties.",
         /* without the rule nothing */
         "alice bob criticism parse, each other 0.80\n"
         "bob alice criticism parse, each other 0.80\n"},
        {"... also a verb that takes an object or 'against' too, when none of them is filled "
         "('clashed over'); not a fight 'for' something",
         "Alice and Bob clashed over the budget. Carol and Dave fought for independence.",
         /* without the rule nothing */
         "alice bob criticism parse, each other 0.80\n"
         "bob alice criticism parse, each other 0.80\n"},
        {"... but not when they fought side by side, together, back or off someone else",
         "Alice and Bob fought side by side in the war. Carol and Dave fought off the rebels. "
         "Alice and Carol fought back.",
         /* without the check each pair against each other */
         ""},
        {"... while a clash 'off' somewhere is still against each other",
         "Alice and Bob clashed off the coast.",
         "alice bob criticism parse, each other 0.80\nbob alice criticism parse, each other "
         "0.80\n"},
        {"... and a fight of joined subjects is against each other only over or about "
         "something: not 'fought in the same unit', 'fought as allies'",
         "Alice and Bob fought in the same unit. Carol and Dave fought as allies. Alice and Carol "
         "fought over the budget.",
         /* without the check Alice and Bob, and Carol and Dave, against each other too */
         "alice carol criticism parse, each other 0.70\ncarol alice criticism parse, each other "
         "0.70\n"},
        {"a stance noun echoed or shared: the echoer's stance too (and, since echo is a cue of "
         "its own, support of the one echoed)",
         "Carol echoed Alice's criticism of Bob.",
         /* without the rule alice bob and carol alice alone */
         "carol alice support parse, owner 0.64\n"
         "alice bob criticism parse 0.80\n"
         "carol bob criticism parse 0.80\n"},
        {"a participle set off after a name: the name is its subject",
         "Bob, facing criticism from Alice, resigned. Carol, praising Dave, said she would stay.",
         /* without the rule nothing, and carol dave support active 0.60 */
         "alice bob criticism parse 0.80\n"
         "carol dave support parse 0.80\n"},
        {"an 'as did' clause on the verb: its subjects take the stance too",
         "Alice criticised Bob, as did Carol and Dave.",
         /* without the rule alice bob alone */
         "alice bob criticism parse 0.80\n"
         "carol bob criticism parse 0.80\n"
         "dave bob criticism parse 0.80\n"},
        {"a verb cue ending in a noun: the noun's preposition ('held talks with X on a deal')",
         "NATO held talks with the Union on a trade deal.",
         /* without the rule nothing: the parser hangs "with the Union" on "talks" */
         "nato union negotiation parse 0.70\n"},
        {"an infinitive of purpose after its verb's phrase is the subject's; not one asked of "
         "another",
         "Alice went to Kathmandu to hold a meeting with Bob. Carol called on Dave to meet Bob. "
         "At that point, Dave had not announced if he was going to support Carol.",
         /* without the rule carol dave alone; with a clause as the verb's phrase, also "dave
            carol support parse 0.70" (the parser's purpose on "announced") */
         "alice bob negotiation parse 0.80\n"
         "carol dave criticism parse 0.80\n"},
        {"a phrasal verb whose best linkage's target is nobody: no lesser linkage's target",
         "Alice called on members to back Bob.",
         /* without the rule "alice bob criticism parse 0.70" (a linkage's "called Bob") */
         "alice bob support active 0.45\n"},
        {"a list of names set off by a dash, a bracket or a colon: each name for the word before",
         "Alice imposed a penalty on three firms - Bob, Carol and Dave. Bob fined the three firms "
         "(Alice, Carol and Dave) on Monday. Carol criticised three rivals: Alice, Bob and Dave.",
         /* without the rule alice bob and bob alice alone */
         "alice bob criticism parse 0.80\n"
         "alice carol criticism parse 0.80\n"
         "alice dave criticism parse 0.80\n"
         "bob alice criticism parse 0.80\n"
         "bob carol criticism parse 0.80\n"
         "bob dave criticism parse 0.80\n"
         "carol alice criticism parse 0.80\n"
         "carol bob criticism parse 0.80\n"
         "carol dave criticism parse 0.80\n"},
        {"the noun challenge is a criticism of whom it is 'against', not of whom it is 'for'",
         "Alice launched formal challenges against Bob and Carol at the WTO. The challenge for "
         "Dave is to win over NATO.",
         /* without the lemma nothing */
         "alice bob criticism parse 0.80\n"
         "alice carol criticism parse 0.80\n"},
        {"a noun of abuse (fascist, tyrant) said of someone is its speaker's criticism of them",
         "Alice called Bob a fascist. Carol is a tyrant, Dave said. Eve condemned the terrorists "
         "who attacked NATO.",
         /* without the lemmas nothing */
         "alice bob criticism parse 0.80\n"
         "dave carol criticism parse 0.80\n"},
        {"curly single quotation marks and a 'the' before a possessive name are left out of "
         "the parse, an apostrophe inside a word kept",
         "Alice said the \xE2\x80\x98"
         "reckless\xE2\x80\x99 plan by Bob was \xE2\x80\x98"
         "a disgrace\xE2\x80\x99. Carol criticised the Foreign Ministry\xE2\x80\x99s decision.",
         /* 1444a93: nothing for the first sentence, 0.56 for the second ("the" unlinked) */
         "alice bob criticism parse, owner 0.48\n"
         "carol ministry criticism parse, owner 0.64\n"},
        {"a stance noun after an opening 'in a' is done by the clause's subject in that act",
         "In a swipe at Bob, Alice said the plan was costly. Carol, in a veiled attack on Dave, "
         "said the talks had failed. In the attack on NATO, Bob lost two jets.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"'A and B verb', read as 'A. And B verb', has A beside B as the subject",
         "Alice and Bob pledged to support Carol.",
         "bob carol support parse 0.40\nalice carol support parse 0.40\n"},
        {"talks refused with someone are a snub; talks not held are none",
         "Alice refused to meet Bob. Carol declined to negotiate with Dave. NATO did not meet "
         "the Union.",
         "alice bob criticism parse, withheld support 0.40\n"
         "carol dave criticism parse, withheld support 0.40\n"},
        {"cues of ext29 (CUES.md): breaking off, recalling an envoy, rallying around, alarm, "
         "tearing into, overruling",
         "Alice broke off relations with Bob. NATO recalled its ambassador from the Union. Carol "
         "rallied around Dave. Eve voiced alarm at Bob's plan. Alice tore into Carol. NATO "
         "overruled Dave.",
         "alice bob criticism parse 0.80\nnato union criticism parse 0.80\n"
         "carol dave support parse 0.70\neve bob criticism parse, owner 0.64\n"
         "alice carol criticism parse 0.70\nnato dave criticism parse 0.80\n"},
        {"cues of ext29 (CUES.md): angering, regrettable, a red line crossed, cutting off, taken "
         "to court, ruling against, a suit",
         "Bob's remarks angered Alice. Carol said Dave's decision was regrettable. Eve said NATO "
         "had crossed a red line. Bob cut off gas supplies to Carol. Dave was taken to court by "
         "Alice. The Union ruled against Bob in a case brought by NATO. Eve brought a suit "
         "against Carol.",
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"
         "eve nato criticism parse 0.80\nbob carol criticism parse 0.80\n"
         "alice dave criticism parse 0.80\nunion bob criticism parse 0.80\n"
         "eve carol criticism parse 0.80\n"},
        {"cues of ext29 (CUES.md): under investigation, trading barbs",
         "Carol is under investigation by NATO. Bob traded barbs with Dave.",
         "nato carol criticism parse 0.80\nbob dave criticism parse 0.80\n"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A stance on an actor's thing is a stance on the actor; the sign is the verb's, not a
 * neighbour's. */
static void owner_rules(void **state)
{
    (void)state;
    static const struct rule_case cases[] = {
        {"wrong sign: 'defended the measure' is on no actor, 'dismissed Bob's complaints' is",
         "Alice defended the measure and dismissed Bob's complaints.",
         "alice bob criticism parse, owner 0.64\n"},
        {"a participle's agent owns the thing", "Alice rejected a proposal presented by Bob.",
         "alice bob criticism parse, owner 0.64\n"},
        /* "rejected by Bob" is no verb of making: the deal is not Bob's, it is what the
         * sentence says it is, Carol's offer */
        {"the subject of 'be' is owned as its predicate is",
         "The deal rejected by Bob was Carol\xE2\x80\x99s final offer.",
         "bob carol criticism parse, owner 0.64\n"},
        {"'countered X's criticism' is criticism of X; 'a motion to oust X' is the mover's",
         "Alice countered Bob's criticism of the plan. The Union tabled a motion to oust Carol.",
         "alice bob criticism parse, owner 0.64\nunion carol criticism active 0.45\n"},
        {"the cues of 2026-11-29 (night): a feeling noun, an evaluation, acceptance, an arrest",
         "Alice voiced her dissatisfaction with Bob. Carol said Dave's plan was tyrannical. "
         "NATO accepted the Union's offer. The foreign ministry arrested Bob.",
         "alice bob criticism parse, pronoun 0.64\ncarol dave criticism parse, owner 0.64\n"
         "nato union support parse, owner 0.64\nunion nato negotiation parse 0.80\n"
         "ministry bob criticism parse 0.80\n"},
        {"nominating someone (for a post) endorses them; a nomination by no one named (for a "
         "thing) gives nothing",
         "Bob nominated Carol to the court. Dave was nominated by the Union. Alice was nominated "
         "for an award.",
         /* without the cue nothing */
         "bob carol support parse 0.80\nunion dave support parse 0.80\n"},
        {"a noun cue written with 'of' is its first word: 'motion of no confidence in X'",
         "The Union's motion of no confidence in Alice failed. NATO backed a vote of no "
         "confidence in Bob.",
         "union alice criticism parse 0.80\nnato bob criticism parse 0.80\n"},
        {"confronting someone is challenging them ('confront', beside 'challenge')",
         "Alice confronted Bob during a press conference.", "alice bob criticism parse 0.80\n"},
        {"ordering someone to act is pressure on them ('order', 'instruct', 'direct'); one orders "
         "people, not things and their owners",
         "NATO ordered Bob and Carol to leave the country. Alice ordered the occupation of "
         "the Union to end.",
         "nato carol criticism parse 0.80\nnato bob criticism parse 0.80\n"},
        {"ordering an actor's envoy, diplomats or troops is against the actor; its things not",
         "NATO ordered the Union's envoy to leave. Alice ordered the closure of Carol's office.",
         "nato union criticism parse, owner 0.64\n"},
        {"one who commands her own people ('her deputy, Bob') takes no stance toward them",
         "Alice instructed her deputy, Bob, to draft a reply. NATO ordered Carol to leave.",
         "nato carol criticism parse 0.80\n"},
        {"one who commands her adversary ('its fiercest critic, Dave') does take a stance",
         "NATO ordered its fiercest critic, Dave, to leave.", "nato dave criticism parse 0.80\n"},
        {"an aside between spaced dashes that names nobody is left out of the parse",
         "Bob made an offer. Rejecting the offer on Friday, Alice branded the deal - which "
         "would have meant a 5 per cent pay rise for rail workers now backdated to last year "
         "and a 4 per cent pay rise for this year - dreadful.",
         "alice bob criticism parse, owner 0.64\n"},
        {"a time ending the sentence is left out of the parse, which misread it",
         "NATO and the foreign ministry held talks on Monday.",
         "nato ministry negotiation parse, joint 0.80\n"},
        {"'appeal' a decision is criticism of its author; 'appeal to' someone a negotiation",
         "Alice appealed the decision by Bob. Carol appealed to NATO for help.",
         "alice bob criticism parse, owner 0.64\ncarol nato negotiation parse 0.80\n"},
        {"a name joined to 'backed' by a hyphen supports the actor named right after",
         "The NATO-backed Union condemned Bob. NATO-funded studies praised Carol.",
         /* the second is the owner rule's: NATO's studies; no "backed" reading of Carol */
         "union bob criticism parse 0.80\nnato union support backed 0.60\n"
         "nato carol support parse, owner 0.64\n"},
        {"a name that opens another actor's name before '-backed' supports it ('NATO-backed "
         "militia' is one alias)",
         "Fighting broke out between Bob and the NATO-backed militia. Carol criticised the "
         "militia.",
         "nato militia support backed 0.60\ncarol militia criticism parse 0.80\n"},
        {"working with someone is support ('work with', 'work closely with')",
         "Alice will work closely with Bob. NATO worked with the Union.",
         "alice bob support parse 0.40\nnato union support parse 0.80\n"},
        {"renegotiating with someone is negotiation, as negotiating is; none without an actor",
         "Alice wants to renegotiate the deal with Bob. Carol renegotiated her mortgage.",
         "alice bob negotiation parse 0.40\n"},
        {"one's failure, said by another, is the speaker's criticism of its owner; none without "
         "an owner, nor a failure of one's own",
         "\"Bob's failure to act made it worse,\" Alice said. Carol said Dave had died of heart "
         "failure. Carol failed to win the vote.",
         "alice bob criticism parse 0.80\n"},
        {"ejecting or evicting someone is criticism, like expelling; none without an actor",
         "Alice ejected Bob from the talks. Carol evicted Dave's supporters. The Union evicted "
         "two tenants.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse, owner 0.64\n"},
        {"remarks or comments 'against' someone are criticism; 'about' is none",
         "Bob posted derogatory remarks against Alice. Carol's comments against Dave angered "
         "NATO. Bob made remarks about Carol.",
         /* "angered NATO": NATO against the comments' owner, since the cue of ext29 */
         "bob alice criticism parse 0.80\ncarol dave criticism parse 0.80\n"
         "nato carol criticism parse, owner 0.64\n"},
        {"a verb's particles may follow an adverb in -ly ('worked aggressively with', 'voted "
         "overwhelmingly against'); none without an actor",
         "Alice worked aggressively with Bob. Carol voted overwhelmingly against Dave. NATO "
         "worked tirelessly with refugees.",
         "alice bob support parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"an adjective's that-clause names its target ('pleased that X'); 'angry', which the "
         "dictionary gives no 'that', is parsed as 'disappointed'",
         "Alice was pleased that Bob backed the plan. Carol was angry that Dave had rejected "
         "the offer.",
         "alice bob support parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"'concerned about', and 'disappointed at', are criticism; 'the parties concerned' none",
         "Alice is concerned about Bob's plan. Carol said she was disappointed at Dave's "
         "decision. The parties concerned met NATO.",
         /* without the cues, nothing */
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, pronoun, owner "
         "0.51\n"},
        /* without "about" among its targets, nothing */
        {"so is 'disappointed about', in a quotation its speaker's",
         "\"We are disappointed about Dave's last minute change,\" Alice said.",
         "alice dave criticism parse, pronoun, owner 0.51\n"},
        {"concern for someone's safety, health or fate is no criticism of them",
         "Alice said she was concerned about the safety of Bob. Carol voiced concern over Dave's "
         "health.",
         /* without the check Alice against Bob and Carol against Dave */
         ""},
        {"... nor concern that someone might come to harm",
         "Alice said she was concerned that Bob might be hurt. Carol was concerned that Dave had "
         "been arrested.",
         /* with a clause target Alice against Bob and Carol against Dave */
         ""},
        {"more adjectives the dictionary gives no 'that': 'indignant', 'displeased'",
         "Alice was indignant that Bob had rejected the plan. Carol was displeased that Dave "
         "had left.",
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"upholding someone's findings is support of them; quashing their ruling criticism",
         "Alice upheld Bob's findings. Carol quashed Dave's ruling.",
         /* "ruling" has no part of speech in the dictionary: a noun after "Dave's" */
         "alice bob support parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"},
        {"open to talks with X: support of X (weight 0.3), and no talks yet; criticism of the "
         "talks "
         "between A and B is of both",
         "Alice is open to talks with Bob. Carol criticised the talks between Dave and NATO.",
         "alice bob support parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"
         "carol nato criticism parse, owner 0.64\ndave nato negotiation parse, joint 0.80\n"},
        {"open to attack or criticism from X is exposure to it, no support of X",
         "Alice is open to attack from Bob. NATO remained open to criticism from the Union.", ""},
        {"a pact nobody owns is its parties': both objects of 'between'",
         "Alice condemned the merger between Bob and NATO.",
         "alice bob criticism parse, owner 0.64\nalice nato criticism parse, owner 0.64\n"},
        {"... or the object of 'with'", "Alice called the agreement with Bob illegal.",
         "alice bob criticism parse, owner 0.64\n"},
        {"... but who ratifies or accepts the agreement with Bob is a party to it, no supporter",
         "Alice ratified the agreement with Bob. Carol accepted the deal with Dave.",
         "alice bob negotiation parse 0.80\ncarol dave negotiation parse 0.80\n"},
        {"two names joined by a hyphen before a pact are its parties, there and later",
         "The NATO-Union free trade agreement was signed. Alice criticised the deal.",
         "nato union negotiation joint pact 0.60\nalice nato criticism parse, owner 0.64\n"
         "alice union criticism parse, owner 0.64\n"},
        {"a truce or a ceasefire is a pact too, joint or mediated",
         "Carol and Dave signed the NATO-brokered ceasefire. The NATO-Union truce held.",
         "carol dave negotiation parse, joint 0.80\nnato carol negotiation mediator 0.60\n"
         "nato dave negotiation mediator 0.60\nnato union negotiation joint pact 0.60\n"},
        {"a mediator of a joint pact negotiates with its two parties",
         "The NATO-brokered Carol-Dave deal held.",
         "carol dave negotiation joint pact 0.60\nnato carol negotiation mediator 0.60\n"
         "nato dave negotiation mediator 0.60\n"},
        {"a joint pact after 'no', 'any' or 'without' is none held",
         "There will be no NATO-Union summit this year. Alice ruled out any NATO-Union talks. "
         "Carol is without a NATO-Union deal. NATO-Union talks resumed.",
         "nato union negotiation joint pact 0.60\n"},
        {"'a deal brokered by X': X mediates the deal, and is no target of another cue",
         "Alice and Bob reached a deal brokered by NATO. Carol and Dave agreed on Monday to "
         "reopen the border, in a deal brokered by the Union.",
         "alice bob negotiation parse, joint 0.80\nnato alice negotiation mediator 0.60\n"
         /* joint 0.35 from a lesser linkage until ext29 read the best one's "Carol. And Dave" */
         "nato bob negotiation mediator 0.60\ndave carol negotiation parse, joint 0.40\n"
         "union dave negotiation mediator 0.60\nunion carol negotiation mediator 0.60\n"},
        {"a mediator negotiates with each party of the sentence's talks",
         "Alice and Bob met on Monday for a round of NATO-mediated talks. "
         "The Union-brokered deal between Carol and Dave held.",
         /* the surface frames read NATO as met by Bob: the mediator's tie with Bob, once */
         "bob alice negotiation parse, joint 0.70\nbob nato negotiation coordinated subjects 0.52\n"
         "nato alice negotiation mediator 0.60\ncarol dave negotiation parse, joint 0.80\n"
         "union carol negotiation mediator 0.60\nunion dave negotiation mediator 0.60\n"},
        {"names after a bare comma are no list of objects: 'met Bob, Carol said'",
         "Alice met Bob, Carol said. When Dave met Eve, NATO left. Alice met Bob, Carol and Dave.",
         /* before: alice carol and dave nato "negotiation active 0.52" too */
         "alice bob negotiation parse 0.80\ndave eve negotiation parse 0.80\n"
         "alice dave negotiation parse 0.80\nalice bob negotiation parse 0.80\n"
         "alice carol negotiation parse 0.80\n"},
        {"a mediator negotiates with the parties of its own talks, not with those of another "
         "clause",
         "Alice met Bob, days after NATO-mediated talks between Carol and Dave.\n"
         "Carol and Dave held Union-facilitated talks on Monday, and Alice met Bob on Tuesday.",
         /* without the rule NATO and the Union also negotiated with Bob and Alice (and, before
          * a list had to end in "and", the active frame read "met Bob, days after NATO") */
         "alice bob negotiation parse 0.80\ndave carol negotiation parse, joint 0.80\n"
         "nato dave negotiation mediator 0.60\n"
         "nato carol negotiation mediator 0.60\ncarol dave negotiation parse, joint 0.70\n"
         "alice bob negotiation parse 0.80\nunion carol negotiation mediator 0.60\n"
         "union dave negotiation mediator 0.60\n"},
        /* without the parse's reading of "warning", the surface frames had read the two
         * parties as the subjects of "warning" and NATO as its object */
        {"a participle set off by a comma is not the nearest names' (surface frames)",
         "The Union has condemned the recent trade agreement between Alice and Bob, warning that "
         "NATO could respond with countermeasures unless it secures better terms from Carol.",
         "union alice criticism parse, owner 0.64\nunion bob criticism parse, owner 0.64\n"
         "alice bob negotiation parse, joint 0.80\n"},
        /* without the rule also "alice bob criticism active 0.45": Bob read past the ally */
        {"a surface frame gives a cue the parse read no target named before the parse's own",
         "Alice raided inside Bob's leftist ally and fellow NATO member Carol.",
         "alice carol criticism parse 0.80\n"},
        /* without the rule also "alice union negotiation active 0.80": a list of two visited */
        {"a surface frame's list of targets ends before 'and' and a verb of the parse's",
         "The meeting was held just a day after Alice visited NATO and condemned Union attacks, "
         "drawing complaints from Bob.",
         "alice nato negotiation parse 0.80\n"},
        /* without the rule also "bob nato negotiation joint talks 0.45" and "nato dave
         * negotiation joint talks 0.45": names across ", as" read as one list */
        {"a list of names does not run over a comma that opens a clause (surface frames)",
         "Alice welcomed Bob and NATO, as Dave brought the two sides together for their first "
         "in-person meeting.",
         "alice nato support parse 0.80\nalice bob support parse 0.80\n"},
        /* without the rule "alice union criticism active 0.45": the reporter read as target */
        {"a trailing attribution's reporter is no target of a surface frame's cue",
         "Alice, storming out from the coalition meeting announced the end of the coalition, a "
         "senior Union leader confirmed. Carol criticised Bob, a senior Union leader said.",
         "carol bob criticism parse 0.80\n"},
        /* without the rule "alice bob support active 0.45": Bob is the reported clause's */
        {"a verb of saying or 'that' and a pronoun between cue and name open the name's own "
         "clause (surface frames); a name before them is still the cue's",
         "Alice has agreed to a small pullback and reports have said Bob could accept a larger "
         "one. Carol agreed with Dave that we should wait.",
         "carol dave support parse 0.80\n"},
        /* without the rule the talks of "meeting" with the Union and with NATO (active 0.60) */
        {"'our' before a verb cue makes it a noun, as 'their' does (surface frames)",
         "President Alice (Jintao) and myself agreed in our first meeting that we wanted to try "
         "to deepen the relationships between the Union and NATO.",
         ""},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Pronouns, quotations and things named before. */
static void discourse_rules(void **state)
{
    (void)state;
    static const struct rule_case cases[] = {
        {"'she' is the person named last", "Alice arrived. She criticized Bob.",
         "alice bob criticism parse, pronoun 0.64\n"},
        {"a thing two parties made together is both theirs later ('the deal')",
         "Alice and Bob signed a deal. Carol welcomed the deal.",
         "alice bob negotiation parse, joint 0.80\ncarol alice support parse, owner 0.64\n"
         "carol bob support parse, owner 0.64\n"},
        {"... only its makers, and neither when one of them speaks; two things of one name are "
         "not one thing of two parties",
         "Alice and Bob signed a deal. Alice later defended the deal. NATO rejected Bob's "
         "proposal and backed Carol's proposal. The Union criticised the proposal.",
         "alice bob negotiation parse, joint 0.80\nnato bob criticism parse, owner 0.64\n"
         "nato carol support parse, owner 0.64\nunion carol criticism parse, owner 0.64\n"},
        {"'X's proposal' is X's even where the parse reads the sentence otherwise ('misses' as a "
         "noun); 'the draft' is the same thing",
         "Dave said NATO's proposal misses that star. Bob spoke against the draft.",
         "bob nato criticism parse, owner 0.64\n"},
        {"a participle of saying hung on the object is the verb's subject's claim",
         "Alice defended Bob, stating that he was tired. Carol dismissed the claim.",
         /* without it only the first line */
         "alice bob support parse 0.80\ncarol alice criticism parse, owner 0.64\n"},
        {"... also when hung on a thing the verb's object, or read as a clause of its own after "
         "a comma",
         "Alice excused Bob's dissent, stating that he was tired. Carol dismissed the claim.\n"
         "Dave, who has come out in defence of NATO, tried to excuse Bob's dissent, stating that "
         "he was speaking as a member. However Bob soon dismissed this claim.",
         /* without it nothing */
         "carol alice criticism parse, owner 0.64\nbob dave criticism parse, owner 0.64\n"},
        {"a decision read from a verb of deciding is 'the decision' over one named before",
         "NATO made a decision. Bob approved the plan. Alice condemned the decision.",
         /* without it "alice nato" */
         "alice bob criticism parse, owner 0.64\n"},
        {"a verb of deciding that answers what was said is no decision: 'rejected the "
         "accusations', 'rejected the union's demands'",
         "NATO announced its decision to expel Dave. Bob rejected the accusations. Alice condemned "
         "the decision. The Union made a decision to strike. Carol rejected the union's demands. "
         "Eve welcomed the decision.",
         /* without the rule "alice bob criticism parse, owner 0.64" and "eve carol support
          * parse, owner 0.64": the answer read as the decision */
         "nato dave criticism parse, pronoun 0.32\nalice nato criticism parse, owner 0.64\n"
         "eve union support parse, owner 0.64\n"},
        {"a deed of force is no 'decision' over one named before: 'Bob shelled the city'",
         "NATO made a decision to send troops. Bob attacked Carol on Monday. Alice condemned the "
         "decision. The Union made a decision to strike. Dave shelled the city. Eve welcomed the "
         "decision.",
         /* without the rule "alice bob criticism parse, owner 0.64" and nothing from Eve (the
          * shelling read as Dave's decision, whom nothing ties to Eve's welcome) */
         "bob carol criticism parse 0.80\nalice nato criticism parse, owner 0.64\n"
         "eve union support parse, owner 0.64\n"},
        {"'the proposal' is the offer named before",
         "Bob announced an offer. Alice rebuffed the proposal.",
         /* without it nothing */
         "alice bob criticism parse, owner 0.64\n"},
        {"... but a thing named by its own name is the last one of that name: 'the proposal' "
         "after Bob's proposal and Alice's offer is Bob's, 'the deal' after Bob's deal and "
         "Alice's agreement Bob's",
         "Bob made a proposal. Alice made an offer. Carol rejected the proposal.\n\n"
         "Bob signed a deal. Alice signed an agreement. Dave criticised the deal.",
         /* without it Carol against Alice and Dave against Alice */
         "carol bob criticism parse, owner 0.64\ndave bob criticism parse, owner 0.64\n"},
        {"... also a proposal made with a verb of proposing: 'the proposal' after Bob proposed "
         "and Alice offered is Bob's",
         "Bob proposed a ceasefire. Alice offered talks. Carol rejected the proposal.",
         /* without it Carol against Alice */
         "carol bob criticism parse, owner 0.64\n"},
        {"'they' is the other actor named last",
         "The Union criticized Alice. They also condemned Bob.",
         "union alice criticism parse 0.80\n"
         "union bob criticism parse, pronoun 0.64\n"},
        {"'we' in a quotation is its speaker",
         "\xE2\x80\x9CWe support Bob,\xE2\x80\x9D Alice said.",
         "alice bob support parse, pronoun 0.64\n"},
        {"an event noun's author: Alice's decision, named by 'announced'",
         "Alice announced a decision. Bob condemned the decision.",
         "bob alice criticism parse, owner 0.64\n"},
        {"a verb of deciding makes its subject the author of 'the decision' after it",
         "Alice approved the pipeline. Bob condemned the decision.\n"
         "Carol was criticised for blocking the merger. Dave welcomed the decision.",
         "bob alice criticism parse, owner 0.64\n"
         "dave carol support parse, owner 0.64\n"},
        {"... and a pronoun subject, the actor it stands for ('He approved the mine')",
         "Alice spoke on Monday. She approved the pipeline. Bob condemned the decision.\n"
         "Carol met reporters. She proposed a ceasefire. Dave welcomed the proposal.",
         "bob alice criticism parse, owner 0.64\n"
         "dave carol support parse, owner 0.64\n"},
        {"... and 'the mine's approval', a thing's possessive that names no actor, is the "
         "approval named before; not 'the company's offer', whose owner is someone unnamed",
         "Alice approved the mine. Bob criticised the mine's approval.\n"
         "Carol offered a deal. Dave criticised the company's offer.",
         "bob alice criticism parse, owner 0.64\n"},
        {"a fine, a ruling, a veto are decisions too, and 'the ruling', 'the veto' name them",
         "NATO fined the Union. The Union said it would appeal the ruling.\n"
         "Alice vetoed the bill. Bob welcomed the veto.",
         "nato union criticism parse 0.80\nunion nato criticism parse, pronoun, owner 0.26\n"
         "bob alice support parse, owner 0.64\n"},
        {"'the ruling', 'the ban' are a decision of their kind, never the last of any kind; "
         "'the fine' is the ruling, leave given 'the approval'",
         "NATO approved the plan. Bob welcomed the ruling. Alice criticised the ban.\n"
         "Carol fined the Union. The Union challenged the fine. Dave gave the green light to the "
         "plan. Bob criticised the approval.",
         "carol union criticism parse 0.80\nunion carol criticism parse, owner 0.64\n"
         "bob dave criticism parse, owner 0.64\n"},
        {"'signed off on' is a decision taken, and its approval; 'the suspension' is the "
         "decision of one who suspended",
         "NATO signed off on the plan. Alice welcomed the decision. Carol signed the treaty. Dave "
         "welcomed the approval.\nNATO suspended imports from Bob. Alice criticised the "
         "suspension.",
         "alice nato support parse, owner 0.64\ndave nato support parse, owner 0.64\n"
         "nato bob criticism parse, owner 0.64\nalice nato criticism parse, owner 0.64\n"},
        {"'the claim', 'the accusation' are the sayer's or accuser's; 'that' alone, or 'that "
         "condition', what was said in this or the sentence before, never earlier",
         "Bob accused Alice of lying. Alice rejected the accusation. Carol said Dave had lied, "
         "but Dave rejected the claim.\nBob said he would never meet Alice. Alice rejected that "
         "condition.\nBob said Carol lied. Alice rejected that. Dave met Carol. NATO rejected "
         "that.",
         "bob alice criticism parse 0.80\nalice bob criticism parse, owner 0.64\n"
         "carol dave criticism parse 0.80\ndave carol criticism parse, owner 0.64\n"
         "alice bob criticism parse, owner 0.64\nbob carol criticism parse 0.80\n"
         "alice bob criticism parse, owner 0.64\ndave carol negotiation parse 0.80\n"},
        {"a retaliation with no target is against the last doer of a deed against its source; "
         "words are no deed",
         "Bob attacked Alice. Alice launched retaliatory attacks. Carol criticised Dave. Dave "
         "retaliated.",
         "bob alice criticism parse 0.80\nalice bob criticism parse, retaliation 0.64\n"
         "carol dave criticism parse 0.80\n"},
        {"two names run together before a noun are both its owners, and of a pact both "
         "parties, remembered",
         "Carol approved the NATO Union merger. Dave criticised the merger.",
         "carol union support parse, owner 0.64\ncarol nato support parse, owner 0.64\n"
         "dave union criticism parse, owner 0.64\ndave nato criticism parse, owner 0.64\n"},
        {"withdrawing and quitting are decisions, 'the move' and 'the withdrawal' later theirs",
         "Bob withdrew his party from the coalition. Alice criticised the move. NATO withdrew "
         "from the treaty. Carol welcomed the withdrawal.",
         "alice bob criticism parse, owner 0.64\ncarol nato support parse, owner 0.64\n"},
        {"an unnamed spokesman or official 'for' or 'at' an actor speaks as that actor",
         "A spokesman for NATO said the Union was unreasonable. Officials at the foreign "
         "ministry accused Bob of lying.",
         "nato union criticism parse, owner 0.64\nministry bob criticism parse, owner 0.64\n"},
        {"... but an actor's critics are no agents of the actor's",
         "Bob's critics called Alice corrupt. Alice was criticised by Bob's critics.",
         /* without it "bob alice criticism parse, owner" twice */
         ""},
        {"... nor are an actor's rivals the actor's",
         "Alice backed Bob's rivals. Carol gave Dave's rivals her support.", ""},
        {"... nor its people who do not act for it (a person noun that is no title, agent or "
         "representative); its ambassador does",
         "Alice praised NATO's firefighters. Bob praised Carol's wife. Dave criticised NATO's "
         "ambassador. Carol thanked the Union's workers.",
         /* without it also alice nato, bob carol and carol union support */
         "dave nato criticism parse, owner 0.64\n"},
        {"... as the subject too, where a second look had given them back their owner; a "
         "spokesman still speaks for his",
         "Bob's son criticised Alice. The Union's workers praised NATO. Carol's spokesman "
         "attacked Dave.",
         /* before, also "bob alice criticism active, second look 0.23" and "union nato support
          * active, second look 0.23" */
         "carol dave criticism parse, owner 0.64\n"},
        {"'which' after a comma and a thing's noun (proposal, plan, decision ...) is that thing, "
         "its owner's, and no stance on what the subjects did; 'a move' still is one",
         "Alice rejected Bob's proposal, which Carol welcomed. Alice met Dave, a move NATO "
         "criticised.",
         /* without the rule also "carol alice support event 0.38" */
         "alice bob criticism parse, owner 0.64\ncarol bob support parse, owner 0.64\n"
         "alice dave negotiation parse 0.80\nnato alice criticism event 0.38\n"},
        {"... and an aide or adviser 'to' an actor acts as that actor; an envoy 'to' it does not",
         "Aides to Alice met Bob on Monday. An adviser to NATO criticised Carol. The envoy to "
         "NATO criticised Dave. A former aide to Carol voiced support for Bob.",
         "alice bob negotiation parse, owner 0.64\nnato carol criticism parse, owner 0.64\n"},
        {"a criticism noun's target is remembered: backing 'the motion' later is against that "
         "target, condemning it is against its author",
         "NATO tabled a motion of no confidence in Alice. Bob backed the motion. Carol condemned "
         "the motion.",
         "nato alice criticism parse 0.80\nbob alice criticism parse, undergone 0.51\n"
         "carol nato criticism parse, owner 0.64\n"},
        {"a definite criticism noun with no target of its own is aimed where it was before",
         "The Union filed a no-confidence motion against Alice. Bob and Carol made preparations "
         "for the no-confidence motion.",
         "union alice criticism parse 0.80\nbob alice criticism parse, owner 0.56\n"
         "carol alice criticism parse, owner 0.56\n"},
        {"a pact's one maker and the party of its 'with' are both its parties later",
         "Alice signed a deal with Bob. Carol condemned the deal.",
         "alice bob negotiation parse 0.80\ncarol alice criticism parse, owner 0.64\n"
         "carol bob criticism parse, owner 0.64\n"},
        {"a pact made in a relative clause is its maker's, and its 'with' is the other party",
         "Bob condemned a deal that Dave signed with the Union. NATO called the agreement illegal.",
         /* without the rule, only bob union criticism parse, owner 0.56, and dave union */
         "bob dave criticism parse, owner 0.64\nbob union criticism parse, owner 0.64\n"
         "dave union negotiation parse 0.80\nnato dave criticism parse, owner 0.64\n"
         "nato union criticism parse, owner 0.64\n"},
        {"giving leave is a decision: 'gave the green light', 'granted approval'",
         "The Union gave the green light to the plan. Bob condemned the decision.\n"
         "NATO granted approval to the merger. Carol welcomed the decision.",
         "bob union criticism parse, owner 0.64\ncarol nato support parse, owner 0.64\n"},
        {"'it' before 'is ADJ to' or 'that' stands for nothing; a plain 'it was ADJ' for the "
         "last non-person",
         "NATO attacked the Union. \"It is unacceptable to stay silent,\" Alice said.\n"
         "The Union raised fees. It was outrageous, Bob said.",
         /* without the rule, also alice nato criticism parse, pronoun */
         "nato union criticism parse 0.80\nbob union criticism parse, pronoun 0.64\n"},
        {"'both sides', 'the two sides' are the pair named before ('A and the B' too)",
         "Alice and Bob met in Paris. Both sides condemned NATO.\n"
         "NATO and the Union signed a deal. The two sides criticised Carol.",
         "alice bob negotiation parse, joint 0.70\nalice nato criticism parse, pronoun 0.64\n"
         "bob nato criticism parse, pronoun 0.64\nnato union negotiation parse, joint 0.80\n"
         "nato carol criticism parse, pronoun 0.64\nunion carol criticism parse, pronoun 0.64\n"},
        {"'they' in a clause said by 'the two companies' (both sides ...) is that pair",
         "Dave blocked a merger between NATO and the Union. The two companies said they will "
         "fight the decision.",
         /* without the rule, only nato dave criticism parse, pronoun, owner */
         "dave nato criticism parse, owner 0.64\ndave union criticism parse, owner 0.64\n"
         "nato dave criticism parse, pronoun, owner 0.26\n"
         "union dave criticism parse, pronoun, owner 0.26\n"},
        {"... but when 'the two companies' resolve to no pair remembered, 'they' is read as any "
         "pronoun",
         "Alice and Bob criticised Carol and Dave. The two companies said they would sue NATO.",
         /* without the fallback no statement against NATO */
         "alice dave criticism parse 0.80\nalice carol criticism parse 0.80\n"
         "bob dave criticism parse 0.80\nbob carol criticism parse 0.80\n"
         "alice nato criticism parse, pronoun 0.32\nbob nato criticism parse, pronoun 0.32\n"},
        {"... also a pair after 'between' anywhere in the sentence before, and over a name "
         "before them; not a pair that only follows another name",
         "Talks between Alice and Bob stalled. Carol said both sides had lied.\n"
         "Carol met Alice and Bob. Both sides condemned NATO. The two sides criticised Dave.",
         "alice bob negotiation parse, joint 0.80\ncarol alice criticism parse, pronoun 0.64\n"
         "carol bob criticism parse, pronoun 0.64\ncarol bob negotiation parse 0.80\n"
         "carol alice negotiation parse 0.80\n"},
        {"... and so are 'the two' alone as a subject and 'the two leaders'",
         "Alice and Bob met on Monday. The two criticised Carol.\n"
         "Carol and Dave met on Monday. The two leaders praised Bob.",
         /* without it nothing after the meetings ("two" did not make a sentence worth parsing) */
         "alice bob negotiation parse, joint 0.70\nalice carol criticism parse, pronoun 0.64\n"
         "bob carol criticism parse, pronoun 0.64\ncarol dave negotiation parse, joint 0.70\n"
         "carol bob support parse, pronoun 0.64\ndave bob support parse, pronoun 0.64\n"},
        {"an alliance, coalition or partnership two hold is each one's support of the other",
         "Alice and Bob strengthened their alliance. Carol and Dave formed a coalition. "
         "Alice and Bob ended their alliance.",
         "alice bob support parse, each other 0.64\nbob alice support parse, each other 0.64\n"
         "carol dave support parse, each other 0.80\ndave carol support parse, each other 0.80\n"},
        {"'the two countries' are never a pair of persons (a named official is no country)",
         "Alice and Bob met in Paris. The two countries condemned NATO.",
         "alice bob negotiation parse, joint 0.70\n"},
        {"'the move' is the decision named last",
         "NATO blocked the merger. Alice welcomed the move.",
         "alice nato support parse, owner 0.64\n"},
        {"... and a deed of war is a move of its own, later than the decision before it",
         "NATO blocked the merger. Alice attacked Bob. Carol condemned the move.",
         "alice bob criticism parse 0.80\ncarol alice criticism parse, owner 0.64\n"},
        {"... and so is a measure imposed, enacted or levied",
         "NATO blocked the merger. Bob imposed new tariffs on Carol. Alice condemned the move.",
         /* without it the move was NATO's blocking: "alice nato criticism" */
         "bob carol criticism parse 0.80\nalice bob criticism parse, owner 0.64\n"},
        {"... but not one only urged, or not taken",
         "NATO blocked the merger. Alice urged Bob to impose tariffs. Carol condemned the move.\n"
         "NATO blocked the merger. Bob did not impose tariffs. Dave condemned the move.",
         /* without it the move was Bob's both times ("carol bob", "dave bob" criticism) */
         "alice bob criticism parse 0.80\ncarol nato criticism parse, owner 0.64\n"
         "dave nato criticism parse, owner 0.64\n"},
        {"... but 'the next step' looks ahead, to no decision made",
         "NATO blocked the merger. Alice said the next step would be talks with Bob.", ""},
        {"what is done to someone is not theirs later: 'the expulsion' is not Bob's",
         "Alice welcomed the expulsion of Bob. Carol condemned the expulsion.",
         "alice bob criticism parse, undergone 0.51\n"},
        {"'the president's deal', then 'the deal' in another sentence",
         "Carol praised Alice's deal. Bob quit over the deal.",
         "carol alice support parse, owner 0.64\n"
         "bob alice criticism parse, owner 0.64\n"},
        {"a stray straight mark (12\") opens no quotation",
         "Dave bought a 12\" screen. Alice met Bob. She criticized Carol.",
         "alice bob negotiation parse 0.80\n"
         "alice carol criticism parse, pronoun 0.64\n"},
        {"quotation marks around a word are left out of the parse",
         "Carol presented a plan. Alice said the plan was \"unacceptable\" and warned the summit "
         "risked failing.",
         "alice carol criticism parse, owner 0.64\n"},
        {"this sentence's note of a thing counts after its words only",
         "Carol presented a plan. Bob condemned the plan, and Alice then presented a new plan.",
         "bob carol criticism parse, owner 0.64\n"},
        {"one thing, two names: Carol's proposal is 'the text'",
         "Carol presented a proposal. Alice said the text was unacceptable.",
         "alice carol criticism parse, owner 0.64\n"},
        {"surface frames: a thing after the cue is its author's (coordinated subjects 0.7 x 0.8, x "
         "0.75 for a surface frame)",
         "Dave praised Alice's deal. A number of ministers, including Bob and Carol, all quit "
         "over the deal too.",
         "dave alice support parse, owner 0.64\n"
         "bob alice criticism coordinated subjects, owner 0.42\n"
         "carol alice criticism coordinated subjects, owner 0.42\n"},
        {"'those concerns' are the ones Alice raised",
         "Alice raised concerns about Bob. Carol dismissed those concerns.",
         "alice bob criticism parse 0.80\n"
         "carol alice criticism parse, owner 0.64\n"},
        {"a quotation that goes on into the next sentence keeps its speaker",
         "Alice said: \xE2\x80\x9CWe support Bob. We also back Carol.\xE2\x80\x9D",
         "alice bob support parse, pronoun 0.64\n"
         "alice carol support parse, pronoun 0.64\n"},
        {"a quotation right after a quotation of Alice's, with no speaker of its own, is hers",
         "\xE2\x80\x9CWe support Bob,\xE2\x80\x9D Alice said.\n"
         "\xE2\x80\x9C"
         "Carol is wrong and we condemn her.\xE2\x80\x9D",
         "alice bob support parse, pronoun 0.64\n"
         "alice carol criticism parse, pronoun 0.64\n"},
        {"an evaluation in a quotation whose speaker the parse cannot reach is the quotation's "
         "speaker's, after 'said:' or in a later sentence of the quotation",
         "Alice said: \xE2\x80\x9CWe rejected the offer. The outcome was inevitable in light "
         "of Bob's failure to pay workers.\xE2\x80\x9D",
         "alice bob criticism parse, pronoun 0.64\n"},
        {"... only when the evaluation is said of something ('met a dictator' is not), and never "
         "outside a quotation or in one with no speaker",
         "Alice said: \xE2\x80\x9CWe met a dictator.\xE2\x80\x9D Dave met reporters. Bob's "
         "failure to pay workers is shameful. \xE2\x80\x9C"
         "Carol's failure to pay workers is shameful.\xE2\x80\x9D",
         ""},
        {"... nor one that a verb above it gives to another actor: Bob's view, Bob's charge",
         "Alice said: \xE2\x80\x9C"
         "Bob thinks Carol is corrupt.\xE2\x80\x9D Dave said: \xE2\x80\x9C"
         "Bob accused Carol of being corrupt.\xE2\x80\x9D",
         /* without the check also alice carol and dave carol, the quotations' speakers */
         "bob carol criticism parse 0.80\n"},
        {"... nor one under a passive verb of charging or naming with no agent: a charge whose "
         "maker is unnamed",
         "Alice said: \xE2\x80\x9C"
         "Bob is accused of being a liar.\xE2\x80\x9D Dave said: \xE2\x80\x9C"
         "Carol was wrongly branded a traitor.\xE2\x80\x9D",
         /* without the check alice bob and dave carol, the quotations' speakers */
         ""},
        {"a quotation left open ends with its paragraph",
         "Alice said: \xE2\x80\x9CWe support Bob.\nWe also back Carol.",
         "alice bob support parse, pronoun 0.64\n"},
        {"the speaker after a quotation may follow 'the'",
         "\xE2\x80\x9CWe condemn Bob,\xE2\x80\x9D the foreign ministry said.",
         "ministry bob criticism parse, pronoun 0.64\n"},
        {"a speaker whose name starts with 'the', after the verb or before it",
         "\xE2\x80\x9CWe condemn Bob,\xE2\x80\x9D said the Union. "
         "\xE2\x80\x9CWe support Carol,\xE2\x80\x9D the Union said.",
         "union bob criticism parse, pronoun 0.64\n"
         "union carol support parse, pronoun 0.64\n"},
        {"the speaker after a quotation may have an apposition before the verb",
         "\xE2\x80\x9CWe support Bob,\xE2\x80\x9D Alice, a senior minister, told reporters.",
         "alice bob support parse, pronoun 0.64\n"},
        {"a pronoun object is not the clause's own subject: 'him' is Bob, not Alice",
         "Bob arrived. Alice accused him.", "alice bob criticism parse, pronoun 0.64\n"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* What is not said as fact: left out or halved. One statement per tie and sentence. */
static void filters(void **state)
{
    (void)state;
    static const struct rule_case cases[] = {
        {"negation", "Alice did not criticize Bob. Carol never met Dave.", ""},
        {"a participle after a name and 'and' is a verb conjoined to an earlier one, whose object "
         "the name is: not the name's act, in the parse (which drops the 'and' and hangs the "
         "participle on the name) nor in the surface frames",
         "You cannot go and start intimidating people in NATO and threatening Bob with revocation "
         "of his professorship that he is a fake professor. You cannot start intimidating people "
         "in NATO and threatening Bob with revocation of his professorship. Carol criticised Dave.",
         /* without it "nato bob criticism parse 0.60" and "nato bob criticism active 0.45" */
         "carol dave criticism parse 0.80\n"},
        {"'back down (away, off)' takes no side, and a gerund after 'off from' or 'away from' is "
         "not done",
         "Alice backed down over Bob's plan. Carol backed off from criticising Dave. NATO shied "
         "away from condemning the Union.",
         /* without it "alice bob support parse, owner 0.56", "carol dave support parse 0.70"
            and "criticism parse 0.80", "nato union criticism parse 0.80" */
         ""},
        {"a contraction the parser keeps whole negates ('didn't', 'won't'); 'doesn't back' is "
         "support withheld",
         "Alice didn't criticize Bob. Carol won't meet Dave. NATO doesn't back the Union.",
         "nato union criticism parse, withheld support 0.40\n"},
        {"negation by the subject: 'neither ... nor'", "Neither Alice nor Carol criticized Bob.",
         ""},
        {"condition", "If Alice criticizes Bob, Carol will leave.", ""},
        {"support withheld is criticism at half confidence; criticism withheld is nothing",
         "Alice did not back Bob's plan. Carol did not criticize Dave. If NATO does not back "
         "the Union, the talks fail.",
         "alice bob criticism parse, withheld support 0.32\n"},
        {"sanctions or tariffs lifted, scrapped, removed, waived or repealed are none; an "
         "appeal won is its winner's",
         "NATO lifted sanctions on the Union. Alice scrapped tariffs on Bob. Carol won her appeal "
         "against Dave.",
         "carol dave criticism parse, pronoun 0.64\n"},
        {"a verb cue that asks 'whether' doubts a clause: no stance toward its actors",
         "Alice questioned whether NATO would back Bob. Carol disputed whether Dave had met the "
         "Union.",
         ""},
        {"a gerund under 'against', or under 'to' after 'opposed', is opposed, not done",
         "Alice is opposed to funding Bob. Carol warned the Union against attacking Dave.",
         "carol union criticism parse 0.80\n"},
        {"support refused or declined is withheld too ('refused to accept X's offer')",
         "Alice refused to accept Bob's offer. Carol declined to endorse Dave.",
         "alice bob criticism parse, withheld support 0.32\n"
         "carol dave criticism parse, withheld support 0.40\n"},
        {"who opposes a stance noun is not its source: 'condemned the sanctions against X' is "
         "no criticism of X; 'demanded sanctions against X' is",
         "Alice condemned the sanctions against Bob. NATO opposed the no-confidence motion "
         "against the Union. Carol demanded sanctions against Dave.",
         /* without the rule, also alice bob and nato union criticism */
         "carol dave criticism parse 0.80\n"},
        {"a participle's agent owns no noun before it, unless the participle makes it",
         "Alice praised investors worried by Bob. Carol rejected a plan drafted by Dave.",
         /* without the rule, also alice bob support parse, owner */
         "carol dave criticism parse, owner 0.64\n"},
        {"a criticism noun's 'of' is whom it is aimed at: endorsing 'the criticism of X' is "
         "against X, not for X",
         "Alice endorsed the criticism of Bob. Carol rejected the condemnation of Dave.",
         /* without the rule: alice bob support and criticism, carol dave criticism */
         "alice bob criticism parse, undergone 0.51\n"},
        {"an invitation to do something other than meet is no negotiation",
         "Alice said she had invited Bob to remain in the security portfolio. Carol invited Dave "
         "to visit Oslo.",
         /* without the rule, also alice bob negotiation parse, pronoun */
         "carol dave negotiation parse 0.80\n"},
        {"a demand left unmet is criticism of its owner at half confidence; one met is nothing",
         "Alice did not meet Bob's demands. NATO refused to meet the Union's demands for "
         "market access. Carol met Dave's demands.",
         "alice bob criticism parse, withheld support 0.32\n"
         "nato union criticism parse, withheld support 0.32\n"},
        {"a target, an expectation or a deadline not met is no stance; refused, it is (read as "
         "the refusal's)",
         "NATO has not met the Union's spending target. Alice did not meet Bob's expectations. "
         "Carol refused to meet Dave's deadline.",
         "carol dave criticism parse, owner 0.56\n"},
        {"'stand by' withheld too", "Alice did not stand by Bob.",
         "alice bob criticism parse, withheld support 0.40\n"},
        {"no support withheld of whom a deed is done to",
         "Alice did not back Bob's removal. Carol did not accept Dave's resignation.", ""},
        {"a name after 'to' or 'from' before the cue is where one went, no surface frame's "
         "source",
         "Bob travelled to NATO to criticise Dave. The Union flew in from NATO to condemn Dave.",
         /* without the rule "nato dave criticism active 0.23" twice */
         ""},
        {"a cue before an infinitive is no surface frame's ('refused to comment on X'); "
         "'declined' with an object is criticism",
         "Carol refused to comment on Dave. NATO declined the Union's arguments.",
         "nato union criticism parse, owner 0.64\n"},
        {"a headline's future read by the parse: a name opening its clause, 'to' and the cue "
         "is a plan, no talks yet",
         "In a first, NATO to hold talks with the Union",
         /* without the rule "nato union negotiation parse 0.80" */
         ""},
        {"readiness: 'ready to hold talks' is no talks yet; 'met X's demands' is no meeting",
         "Alice is ready to hold talks with Bob. Carol met the Union's demands. Dave met NATO.",
         "dave nato negotiation parse 0.80\n"},
        {"'is due to' and 'is set to' before a verb are a time to come: no talks yet ('due to' "
         "was parsed as 'because of'); 'due to' before a noun stays a cause",
         "Alice is due to meet Bob on Monday. Carol is set to meet Dave. The delay was due to "
         "pressure from NATO.",
         /* without the rule "alice bob negotiation active 0.45" and "carol dave negotiation
          * active 0.45" */
         ""},
        {"'not to' negates the infinitive it opens ('urged X not to attack Y'), not a verb "
         "joined to it",
         "NATO urged Bob not to attack Carol. Alice decided not to attend the summit but "
         "criticised Dave.",
         "nato bob criticism parse 0.80\nalice dave criticism parse 0.70\n"},
        {"'lie' saying where something is is no lie ('lies between'); 'the end of a visit' "
         "stops nothing; a case dropped is none; an appeal against someone's conviction is "
         "not against them",
         "Alice said NATO lies between Bob and Carol. Alice returned after the end of her visit "
         "to Dave. The Union dropped its case against Bob. Carol launched an appeal against "
         "Dave's conviction.",
         "alice dave negotiation parse, pronoun 0.64\n"},
        {"a forecast past a conjunction of verbs only halves ('was expected to lose but "
         "attacked' is often parsed as one infinitive); 'would have to' is no road not taken",
         "Alice was expected to lose but attacked Bob. Carol said she would have to criticise "
         "Dave.",
         "alice bob criticism parse 0.40\ncarol dave criticism parse, pronoun 0.32\n"},
        {"a noun cue its host verb only speaks of keeps its past: halved, not dropped",
         "Alice will report to NATO on her talks with Bob.",
         "alice bob negotiation parse, pronoun 0.32\n"},
        {"others' forecasts, 'whether' and roads not taken are none",
         "Alice is expected to endorse Bob, aides said. Carol could have attacked Dave. "
         "Bob is weighing whether to endorse Carol.",
         ""},
        {"a meeting that may or will come is none; one announced with 'would' stays, halved",
         "Alice may meet Bob next week. Carol will visit Dave. "
         "Alice said she would discuss it with Carol.",
         "alice carol negotiation parse, pronoun 0.32\n"},
        {"a gerund after 'instead of', 'rather than', 'far from' or 'without' is not done",
         "Instead of criticising Bob, Alice praised him.",
         "alice bob support parse, pronoun 0.64\n"},
        {"a deed under a negated verb that takes no stance of its own, or one that averts it, "
         "is not done",
         "Alice said she would not tolerate an attack by Bob on the Union. "
         "NATO prevented an attack by Bob on the Union.",
         ""},
        {"an agent noun or a conflict under a negated copula, or 'former', is none",
         "Alice is not a critic of Bob. Alice is not at odds with Bob. "
         "Alice, a former ally of Bob, met Carol.",
         "alice carol negotiation parse 0.80\n"},
        {"a support noun turned down is none", "Alice rejected a coalition with the Union.", ""},
        {"a conflict that is only talked about is none, unless it names its sides with 'between'",
         "Alice and Bob discussed the dispute. Carol addressed the rift between NATO and the "
         "Union.",
         "alice bob negotiation parse, joint 0.80\nnato union criticism parse, between 0.80\n"
         "union nato criticism parse, between 0.80\n"},
        {"a noun a noun of stopping stops is none ('a halt to aid')",
         "Alice ordered a halt to aid for Bob. Carol announced the suspension of cooperation "
         "with Dave.",
         ""},
        {"a mediator must be the one quoted",
         "Alice and Bob held talks, Carol said, adding that "
         "the mediator Dave had been excluded.",
         "bob alice negotiation parse, joint 0.70\n"},
        {"a refused criticism is none, and no rebuff either (no surface frame reads 'refused')",
         "Alice refused to condemn Bob.", ""},
        {"a deed noun keeps its own mood under a verb that is no doing of it: the invasion "
         "took place",
         "Alice has refused to condemn Bob's invasion of Carol.",
         "bob carol criticism parse 0.80\n"},
        {"... and is negated under a negated verb of doing it",
         "Bob did not launch an attack on Carol.", ""},
        {"a conflict noun under 'no' or a verb that denies it",
         "Alice said there is no dispute between Bob and Carol.\n"
         "Dave denied any dispute between Bob and Carol.",
         ""},
        {"a participle used as an adjective takes no stance, and no surface frame reads it",
         "Alice rejected the offer, pushing a historic, coordinated strike against Bob into a "
         "third day.",
         ""},
        {"a stance denied, avoided or stopped short of is none (parse and surface frames)",
         "Alice denied backing Bob's bid for the leadership. Carol stopped short of condemning "
         "Dave's test on Saturday, saying only that she was following developments closely.",
         /* without it "alice bob support parse, owner 0.64", "carol dave criticism active 0.45" */
         ""},
        {"... and so is one refrained, abstained or desisted from",
         "Alice refrained from criticising Bob. Carol abstained from condemning Dave.",
         /* without it "alice bob criticism parse 0.80", "carol dave criticism parse 0.80" */
         ""},
        {"surface frames: a participle's agent after its target, and 'whether' before the cue",
         "Alice did not join the sanctions imposed on Bob by the European Commission last week. "
         "It remained unclear on Thursday whether Carol had signed off on Dave's proposal. "
         "Carol welcomed the sanctions imposed on Bob by NATO last week.",
         /* without it "alice bob criticism active", "carol dave negotiation active" and "carol
          * bob support active", each 0.60 */
         "carol nato support parse, owner 0.64\nnato bob criticism parse 0.70\n"},
        {"meeting or receiving criticism is no meeting; 'whether' before a cue (parse) is none",
         "Alice met with criticism from Bob. Carol received complaints from Dave. It remained "
         "unclear whether Alice had signed off on Bob's plan.",
         /* without it also "alice bob negotiation parse, owner", "carol dave negotiation parse,
          * owner" and "alice bob negotiation active" */
         "dave carol criticism parse 0.80\n"},
        {"receiving praise or a response is no meeting either; receiving a letter is",
         "Bob received praise from Carol. Alice received a lukewarm response from the Union. "
         "Dave received a letter from NATO.",
         /* without it also "bob carol negotiation parse, owner 0.64" and "alice union
          * negotiation parse, owner 0.64" */
         "carol bob support parse 0.80\ndave nato negotiation parse, owner 0.64\n"},
        {"calls from or by X to do something are demands, no telephone call",
         "Bob is facing calls from Alice to resign. Carol ignored calls by the Union to step "
         "down. Dave received a call from NATO.",
         /* without it also "alice bob negotiation parse 0.70"; the call from NATO was read by
          * receive as "dave nato negotiation parse, owner 0.64" */
         "nato dave negotiation parse 0.80\n"},
        {"... also when the callers are members or a party of X's, or from within X",
         "Bob faced calls from Alice's party to resign. Dave faced calls from NATO members to "
         "quit. Carol faced calls from within the Union to step down.",
         /* without it "alice bob negotiation parse, owner 0.64", "nato dave negotiation parse,
          * owner 0.64" and "union carol negotiation parse 0.70" */
         ""},
        {"'has yet to' and 'is yet to' negate the infinitive",
         "Alice has yet to endorse Bob. Carol is yet to meet Dave. NATO has yet to respond, but "
         "the Union has criticised the militia.",
         /* without it also "alice bob support parse 0.40", "carol dave negotiation parse 0.40" */
         "union militia criticism parse 0.80\n"},
        {"a noun of readiness is readiness: 'her readiness to hold talks with X'",
         "Carol stressed her readiness to hold talks with Bob.",
         /* without it "carol bob negotiation parse, pronoun, owner 0.45" */
         ""},
        {"modality", "Alice could criticize Bob.", "alice bob criticism parse 0.40\n"},
        {"future: a stance halved, a meeting none", "Alice will support Bob. Alice will meet Bob.",
         "alice bob support parse 0.40\n"},
        {"double count: two cues for one tie in one sentence",
         "Alice condemned Bob and accused Bob of lying.", "alice bob criticism parse 0.80\n"},
        {"double count with a shared object", "Alice condemned and accused Bob.",
         "alice bob criticism parse 0.80\n"},
        {"second look: the parse's subject is nobody, the surface frame reads Alice, halved",
         "Campaigners for Alice criticized Bob.", "alice bob criticism active, second look 0.23\n"},
        {"no surface frame reads a cue whose source is its object",
         "NATO infuriates Union with border plan.",
         /* without it "nato union criticism active 0.45", backwards */
         ""},
        {"a name after 'and' with no target preposition of the verb between opens a clause of "
         "its own (surface frames)",
         "Alice severed relations and Bob ordered tanks to the border. Carol broke off talks "
         "and Dave left.",
         /* without it "alice bob criticism active 0.45" */
         ""},
        {"a verb cue after a determiner and an adjective is a noun too (surface frames)",
         "Alice and Bob started talks on the sidelines of a diplomatic forum in Antalya, marking "
         "the first meeting between the two officials since NATO\u2019s invasion of its "
         "neighboring country began two weeks ago.",
         /* without the rule: also alice nato and bob nato, "coordinated subjects" of "meeting";
            0.70 from a lesser linkage until ext29 read the best one's "Alice. And Bob started" */
         "bob alice negotiation parse, joint 0.80\n"},
        {"second look: a nearer name that owns nothing adds no statement, not even an empty one",
         "Campaigners for Alice, like Carol, criticized Bob.",
         "alice bob criticism coordinated subjects, second look 0.26\n"},
        {"second look keeps the negation", "Campaigners for Alice did not criticize Bob.", ""},
        {"second look: the target is the cue's own verb's, not past the next verb",
         "Campaigners for Alice criticized the plan and praised Bob.\n"
         "Campaigners for Carol reject a path to peace and discourage trade with Dave.",
         "alice bob support active, second look 0.23\n"},
        {"second look: only an owner of the subject is a source, not a nearer name",
         "The man who met Alice criticized Bob. A group supporting Alice criticized Bob.", ""},
        {"second look: no participle, no object vetoed", "Alice welcomed a report criticizing Bob.",
         ""},
        {"a verb cue right before 'by' is a participle: its agent is no target (surface frames)",
         "WASHINGTON - ALICE and Bob have both responded to the latest escalation in the NATO "
         "trade "
         "war, instituting retaliatory tariffs in response to the measures imposed by Carol.",
         /* without the rule: "nato carol criticism active 0.45", NATO's trade war imposing;
            Bob's tariffs in response to Carol's measures are against Carol (the parse, not a
            surface frame; "ALICE", in capitals, is no mention) */
         "bob carol criticism parse, owner 0.56\n"},
        {"a passive the parse read gets no second subject from the surface frames",
         "Alice's proposal on sanctions against Bob was accepted by Carol on Monday.",
         /* without the rule also "carol bob support passive 0.60", the nearest name before */
         "carol alice support parse, owner 0.64\n"},
        {"a removal asked for reaches only who would undergo it, named: not a thing's owner, "
         "and two of them are no conflict between them",
         "Alice called for the arrest of Bob's killers. Alice called for the removal of Bob and "
         "Carol.",
         /* without the rules "alice bob criticism parse, owner 0.64" for the first, and "bob
          * carol" and "carol bob criticism parse, between" for the second */
         "alice bob criticism parse 0.80\n"
         "alice carol criticism parse 0.80\n"},
        {"a removal only taken note of is no stance of the one who takes note",
         "Alice accepted Bob's resignation.",
         /* without the rule "alice bob criticism parse 0.80" */
         ""},
        {"joined subjects of a 'with' verb whose 'with' names a thing, or agreeing, are not each "
         "other's",
         "Alice and Bob took issue with the plan. Carol and Dave agreed on a ceasefire.",
         /* without the rule "each other" criticism of Alice and Bob, support of Carol and Dave */
         ""},
        {"joined subjects of a verb of taking a side or breaking ranks, with no 'with', are not "
         "each other's: 'A and B stood firm'",
         "Alice and Bob stood firm. Carol and Dave broke ranks. Alice and Carol stand to gain.",
         /* without the rule "each other" support of Alice and Bob, Alice and Carol, criticism
          * of Carol and Dave */
         ""},
        {"a phrasal verb of another sense takes no side: 'fired up', 'seized on', 'walked away "
         "with'",
         "Alice fired up the Union. Bob seized on Carol's offer. Dave walked away with the "
         "backing of NATO.",
         /* without the rule "alice union criticism parse 0.80", "bob carol criticism active
          * 0.60", "dave nato criticism active 0.45" */
         ""},
        {"a removal asked for is against whom its 'of' names; a possessor before an 'of' is "
         "its doer, no target",
         "Alice called for NATO's expulsion of Bob. Carol called for Dave's removal of the "
         "tariffs.",
         /* without the rule "alice nato criticism parse 0.80" and "carol dave criticism parse
          * 0.80" */
         "alice bob criticism parse 0.80\n"},
        {"a verb's 'from' that is none of its targets names whom it leaves, no target of the "
         "surface frames: 'defected from X'",
         "Alice defected from the Union. Bob defected from NATO to Carol's party.",
         /* without the rule also "alice union support active 0.45" and "bob nato support
          * active 0.45" */
         "bob carol support parse, owner 0.64\n"},
        {"revenge or a reprisal is its host's only when the host takes, seeks or vows it",
         "Eve vowed revenge against the Union. Alice feared revenge against Bob. Carol ruled out "
         "reprisals against Dave.",
         /* without the rule also "alice bob criticism parse 0.80" and "carol dave criticism
          * parse 0.80" */
         "eve union criticism parse 0.80\n"},
        {"an attack announced is reported, not waged (a strike announced is waged)",
         "The Foreign Ministry announced an attack on NATO's convoy.",
         /* without the rule "ministry nato criticism parse, owner 0.64" */
         ""},
        {"recognising a fault or a harm is no support of its owner; recognising a government "
         "is",
         "Alice recognised the threat from Bob. Carol recognised the Union's failures. Dave "
         "recognised NATO's government.",
         /* without the rule also "alice bob support parse, owner 0.64" and "carol union
          * support parse, owner 0.64" */
         "dave nato support parse, owner 0.64\n"},
        {"a noun revoked or rescinded is ended, and support revoked is withdrawn",
         "Alice revoked the sanctions on Bob. Carol rescinded the invitation to Dave. NATO "
         "revoked its support for the Union.",
         /* without the rule "alice bob criticism parse 0.80" and "nato union support parse,
          * pronoun 0.64" */
         "nato union criticism parse, withheld support 0.32\n"},
        {"a thing done to someone that its host asks for is no thing of the host's: later "
         "words on it are not the host's",
         "The Union called for the prosecution of the men who attacked Bob.",
         /* without the rule "union bob criticism parse, owner 0.56": the attack read as the
          * prosecution's, a thing of the Union's */
         ""},
        {"surface frames: a name after 'against' is whom a support verb's subjects oppose, no one "
         "they support (and the parse reads them against it, 'parse, against')",
         "Alice and Bob joined forces against NATO. Carol stood firm against Dave.",
         /* without the rule also "alice nato support coordinated subjects 0.52", "bob nato
          * support coordinated subjects 0.52" and "carol dave support active 0.45"; without
          * "parse, against" no criticism of NATO */
         "alice bob support parse, each other 0.80\n"
         "bob alice support parse, each other 0.80\n"
         "alice nato criticism parse, against 0.80\n"
         "bob nato criticism parse, against 0.80\n"},
        {"a noun brushed aside or shrugged off is opposed, as one dismissed: 'brushed aside the "
         "criticism of X' is no criticism of X",
         "Alice brushed aside the criticism of Bob. Carol brushed aside the sanctions on Dave.",
         /* without the rule "alice bob criticism parse 0.80" and "carol dave criticism parse
          * 0.80" */
         ""},
        {"surface frames: a phrasal verb's object follows its particle at once ('shrugged off "
         "X'), as a bare base form's",
         "Alice shrugged off the sanctions on Bob. Carol brushed off questions about Dave. Eve "
         "shrugged off NATO's criticism.",
         /* without the rule (at e245444) also "alice bob criticism active 0.45" and "carol dave
          * criticism active 0.45" */
         "eve nato criticism parse, owner 0.56\n"},
        {"an act wished of someone else is no act of theirs: 'wants X to sack Y'",
         "Alice wants Bob to sack Carol.",
         /* without the rule "bob carol criticism parse 0.40" */
         ""},
        {"a noun's phrase hung on its verb and on a decision is the decision's: 'anger over the "
         "decision by X'",
         "Alice expressed anger over the decision by Bob. Carol voiced support for the plan by "
         "Dave.",
         /* without the rule nothing: "by X" was read as the anger's and the support's source */
         "alice bob criticism parse, owner 0.64\ncarol dave support parse, owner 0.64\n"},
        {"... and so is a 'by' after a decision that stands after the noun cue: 'solidarity with "
         "X over the decision by Y'",
         "Alice expressed solidarity with the Union over the decision by NATO. Carol expressed "
         "support for Dave after the move by Bob.",
         /* without the rule "nato union support parse 0.80" for the first: the decision's
          * maker read as the cue's source */
         "alice union support parse 0.80\ncarol dave support parse 0.80\n"},
        {"a governing body stands for its owner as a thing's owner too: 'a decision by X's "
         "administration'",
         "Alice criticised the decision by Bob's administration. Carol condemned a move by the "
         "Dave government.",
         /* without the rule nothing */
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse, owner 0.64\n"},
        {"more evaluative adjectives: 'called X's assessment shambolic', 'X's decision was wise'",
         "Alice called Bob's assessment of the mine shambolic. Carol said Dave's decision was "
         "wise. Eve said it was wise to wait for NATO.",
         /* without the lemmas nothing */
         "alice bob criticism parse, owner 0.64\ncarol dave support parse, owner 0.64\n"},
        {"rows and battles with someone; a passive of being caught up ('locked in', "
         "'embroiled in') hosts its noun",
         "Alice is locked in a bitter row with Bob. Carol lost a court battle with Dave. NATO "
         "won for the third year in a row.",
         /* without the rule nothing */
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"a blessing given is support; rubber-stamp and wave through as approve",
         "Alice gave Bob her blessing. Carol rubber-stamped Dave's proposal. The rain was a "
         "blessing for NATO.",
         /* without the lemmas nothing */
         "alice bob support parse, pronoun 0.64\ncarol dave support parse, owner 0.64\n"},
        {"whoever asks someone to go criticises them: 'wants X to resign', 'called for X to be "
         "sacked', 'said X should step down'; not when the asking is negated, nor another act "
         "wished",
         "Alice wants Bob to resign. Carol called for Dave to be sacked. NATO said Eve should "
         "step down. Bob did not call for Alice to resign. Dave wants Carol to be praised.",
         /* without the rule nothing */
         "alice bob criticism parse, departure asked 0.80\n"
         "carol dave criticism parse, departure asked 0.80\n"
         "nato eve criticism parse, departure asked 0.80\n"},
        {"no departure asked when what is left is no post ('quit smoking', 'quit the talks') or "
         "the departure is negated ('should not resign', 'not to quit')",
         "Alice asked Bob to quit smoking. Carol told Dave to quit the talks. NATO said Eve should "
         "not resign. Bob asked Alice not to quit. Dave wants Carol to quit her post.",
         /* before the fix: alice bob, carol dave, nato eve and bob alice criticism too */
         "dave carol criticism parse, departure asked 0.80\n"},
        {"scoff, sneer, heckle, jeer and boo; 'turned her back on'",
         "Alice scoffed at Bob's offer. Carol heckled Dave during his speech. NATO turned its back "
         "on the Union. Eve turned on the lights.",
         /* without the lemmas nothing */
         "alice bob criticism parse, owner 0.64\ncarol dave criticism parse 0.80\n"
         "nato union criticism parse 0.80\n"},
        {"'him' in the sentence of its antecedent is the latest person before it, an object "
         "like it",
         "Alice condemned Bob, while Dave praised him.",
         /* without the rule "dave alice support parse, pronoun 0.64" */
         "alice bob criticism parse 0.80\ndave bob support parse, pronoun 0.64\n"},
        {"'he' right after an opening 'with X' phrase is not X: one in talks with X is not X",
         "Alice spoke on Monday. In talks with Bob, she condemned NATO.",
         "alice bob negotiation parse, pronoun 0.64\nalice nato criticism parse, pronoun 0.64\n"},
        {"'did not A but B' denies A and states B, though the parser hangs both verbs on 'did'",
         "Alice did not outline a plan but criticised Bob. Carol did not praise Dave but "
         "condemned NATO.",
         "alice bob criticism parse 0.80\ncarol nato criticism parse 0.80\n"},
        {"'neither ... nor' negates both verbs",
         "Alice neither endorsed nor criticised Bob's plan. Carol neither praised Dave nor "
         "attacked NATO.",
         /* without the rule alice bob support and criticism "parse, owner 0.64", "carol dave
          * support parse 0.80" and "carol nato criticism parse 0.80" */
         ""},
        {"a yes-no question asks and states nothing (a question with 'why' still says it was "
         "done)",
         "Will NATO back Bob's plan? Did Carol meet Dave? Why did Alice criticise Bob?",
         /* without the rule also "nato bob support parse, owner 0.32" and "carol dave
          * negotiation parse 0.80" */
         "alice bob criticism parse 0.80\n"},
        {"subjects that meet a thing one fulfils are no joint talks either",
         "NATO and the Union met their targets. Alice and Bob met the deadline.",
         /* without the rule "nato union" and "alice bob negotiation parse, joint 0.80" */
         ""},
        {"talks that a verb of asking asks 'for' are not held yet: no negotiation",
         "Alice called for talks with Bob. Carol pressed for negotiations with Dave. NATO held "
         "talks with the Union.",
         /* without the rule also "alice bob" and "carol dave negotiation parse 0.80" */
         "nato union negotiation parse 0.80\n"},
        {"a visit, meeting or summit called off or put off was not held; talks that go on "
         "over rounds were, whatever became of one",
         "Alice's visit to Bob was cancelled. Carol postponed her meeting with Dave. The "
         "NATO-Union summit was called off. Talks between Alice and Carol have been postponed.",
         /* without the rule also "alice bob negotiation parse 0.80", "carol dave negotiation
          * parse, pronoun 0.64" and "nato union negotiation joint pact 0.60" */
         "alice carol negotiation parse, joint 0.80\n"},
        {"... but a deal or meeting that is the active verb's subject is the one that acts, "
         "not one put off",
         "The deal between NATO and the Union delayed new tariffs. The Alice-Bob deal shelved "
         "plans for a dam. Carol's meeting with Dave was postponed.",
         /* before, the two deals went with Carol's meeting: nothing */
         "nato union negotiation parse, joint 0.80\nalice bob negotiation joint pact 0.60\n"},
        {"a visit cut short, ended early in protest, is no meeting held",
         "Alice cut short her visit to Bob. Carol cut short a trip to NATO. Dave visited Eve.",
         /* without the rule also "alice bob negotiation parse, pronoun 0.64" and "carol nato
          * negotiation parse 0.80" */
         "dave eve negotiation parse 0.80\n"},
        {"what a rumour or speculation says is no deed stated as done",
         "Rumours that Alice would condemn Bob proved unfounded. Carol accused Dave of spreading "
         "rumours that NATO had praised the Union. There was speculation that Eve had met Frank.",
         /* without the rule also "alice bob criticism active 0.30", "nato union support parse
          * 0.80" and "eve frank negotiation parse 0.80" */
         "carol dave criticism parse 0.80\n"},
        {"a claim rejected is no deed done: 'dismissed suggestions that she had backed X'",
         "Alice dismissed suggestions that she had backed Bob. Carol scoffed at claims that she "
         "had praised Dave. Eve rejected Frank's claim that NATO had attacked the Union.",
         /* before: alice bob support, carol dave support and nato union criticism too */
         "eve frank criticism parse, owner 0.64\n"},
        {"'him' as the object in a clause of saying is its sayer, not the latest person named "
         "before it",
         "Bob, who met Carol last week, said Dave had praised him.",
         /* before the fix "dave carol support parse, pronoun 0.64" */
         "bob carol negotiation parse 0.80\ndave bob support parse, pronoun 0.64\n"},
        {"'hit back,' and 'hit out,' before a comma are parsed as 'lashed', so the participle "
         "after them is read",
         "Bob hit back, calling Alice a liar. Carol hit out, accusing Dave of lying.",
         /* without the rule nothing */
         "bob alice criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"a governing body after 'of' stands for its owner only after a decision or a thing "
         "undergone: 'the fall of X's regime' is no deed of X's",
         "Alice praised the fall of Bob's regime. Carol condemned the overthrow of Dave's "
         "government. Eve praised the victims of NATO's regime. Alice welcomed the removal of "
         "Carol's government. Bob praised the aid from Dave's administration.",
         /* without the rule also "alice bob support parse, owner 0.64", "carol dave criticism
          * parse, owner 0.64" and "eve nato support parse, owner 0.64": wrong signs; with "fall"
          * among the things undergone (later), praising the fall of Bob's regime is against Bob */
         "alice bob criticism parse, undergone 0.51\nalice carol criticism parse, undergone 0.51\n"
         "bob dave support parse, owner 0.64\n"},
        {"the fall, overthrow or collapse of someone is done to them: welcomed, it is criticism "
         "of them",
         "Alice praised the fall of Bob. Carol welcomed the collapse of Dave's government.",
         /* without the rule "alice bob support parse, owner 0.64" and "carol dave support parse,
          * owner 0.64": wrong signs */
         "alice bob criticism parse, undergone 0.51\ncarol dave criticism parse, undergone 0.51\n"},
        {"someone's death or treatment is undergone: anger at it or condemning it is no "
         "criticism of them",
         "Alice was angered by the death of Bob. Carol condemned the treatment of Dave. NATO "
         "welcomed the death of Eve.",
         /* before: alice bob and carol dave criticism and nato eve support, "parse, owner" */
         "nato eve criticism parse, undergone 0.51\n"},
        {"'should be sacked' under a verb of saying is a departure asked; celebrating someone's "
         "victory is support, their fall criticism",
         "Alice said Bob should be sacked. Carol celebrated Dave's victory. Eve celebrated the "
         "fall of NATO's regime. Bob celebrated Christmas.",
         /* without the rule nothing */
         "alice bob criticism parse, departure asked 0.80\ncarol dave support parse, owner 0.64\n"
         "eve nato criticism parse, undergone 0.51\n"},
        {"a thing whose 'by' names no actor is no thing remembered: 'the decision by the lawyers'",
         "Alice criticised Bob's decision. Eve criticised the decision by the lawyers.",
         /* without the rule also "eve bob criticism parse, owner 0.64" */
         "alice bob criticism parse, owner 0.64\n"},
        {"an 'of' on the noun of a cue noun's phrase, or a phrase of a noun with an owner, is that "
         "noun's own: no critic named",
         "NATO faced retaliation for its support of Alice. Bob faced criticism over the policies "
         "of Carol.",
         /* without the rule also "alice nato criticism parse 0.80" and "carol bob criticism parse
          * 0.80" */
         "nato alice support parse, pronoun 0.64\n"},
        {"the subjects of a support verb are against whom its 'against' names",
         "Alice sided with Bob against Carol.",
         /* without the rule only "alice bob support parse 0.80" */
         "alice bob support parse 0.80\n"
         "alice carol criticism parse, against 0.80\n"},
        {"who walks out of, pulls out of or withdraws from talks with X had talks with X; one "
         "walks out of a thing as one walks away from it",
         "Alice walked out of talks with Bob. Carol withdrew from talks with Dave.",
         /* without the rule only "alice bob criticism active 0.45" */
         "alice bob criticism parse, owner 0.64\n"
         "alice bob negotiation parse 0.80\n"
         "carol dave negotiation parse 0.80\n"},
        {"the name after 'according to' reports a deed, and joins no list of subjects by its "
         "comma",
         "According to Alice, Bob attacked Carol.",
         /* without the rule only "bob carol criticism parse 0.80"; with the reporter alone, also
          * "alice carol criticism coordinated subjects 0.52" */
         "alice bob criticism parse, reported deed 0.64\n"
         "bob carol criticism parse 0.80\n"},
        {"a support verb judges a pact with no other side named unless it takes part in it: "
         "who backs a deal is no party to it, who accepts it is",
         "Alice backed the deal that Bob criticised. Carol accepted the deal. Dave criticised the "
         "deal.",
         /* without the rule also "bob alice criticism parse, owner 0.64" and "carol alice
          * support parse, owner 0.64" (the deal read as Alice's) */
         "dave carol criticism parse, owner 0.64\n"},
        {"parse repair: an infinitive right after a verb is that verb's, not a purpose of an "
         "earlier one",
         "Talks broke down after Alice refused to meet Bob's demands.",
         /* without the rule nothing: the best linkage hangs "to meet" on "broke", and "meet"
          * has no subject */
         "alice bob criticism parse, withheld support 0.32\n"},
        {"no lesser linkage gives a verb cue a target that the best linkage makes another "
         "verb's object",
         "Alice resigned after backing Dave.",
         /* without the rule also "alice dave criticism parse 0.70" (a lesser linkage's
          * "resigned Dave") */
         "alice dave support parse 0.80\n"},
        {"the host of a pact made by others in a relative clause is no party to it",
         "Alice praised the ceasefire that Bob signed with Carol.",
         /* without the rule also "alice carol negotiation parse 0.70" (a lesser linkage hangs
          * "with Carol" on "praised") */
         "alice bob support parse, owner 0.64\n"
         "bob carol negotiation parse 0.80\n"},
        {"... but 'by' with a measure names no maker: 'rejected the plan by a wide margin'",
         "Bob proposed a plan to end the war. Alice rejected the plan by a wide margin. Dave "
         "announced a ceasefire. Carol welcomed the ceasefire by the end of the day.",
         /* without the rule nothing */
         "alice bob criticism parse, owner 0.64\ncarol dave support parse, owner 0.64\n"},
        {"a subjunctive's subject is its bare verb's, no second subject of the verb of asking, "
         "and whom that verb aims at",
         "Alice requested that Bob withdraw the plan. Carol demanded that Dave resign.",
         /* without the rule "alice bob negotiation parse, joint 0.70" and "carol dave
          * criticism active 0.45" */
         "alice bob criticism parse 0.80\ncarol dave criticism parse 0.80\n"},
        {"'request' asking a deed of someone by a subjunctive is pressure, as 'demand' is: "
         "criticism; a request for a thing stays negotiation",
         "NATO requested that the Union rescind its move. Alice requested talks with Bob. "
         "Carol has requested Dave withdraw the plan.",
         /* without the rule both subjunctives negotiation */
         "nato union criticism parse 0.80\nalice bob negotiation parse, owner 0.64\n"
         "carol dave criticism parse 0.80\n"},
        {"... but a passive subjunctive's subject is done to, not asked: no addressee of the "
         "parse",
         "Alice demanded that Bob be punished.",
         /* without the check "alice bob criticism parse 0.80"; the surface frame's reading
          * stays, as it would for "be released", whose sign it cannot tell */
         "alice bob criticism active 0.45\n"},
        {"... and its act is only asked, not done: halved",
         "Alice insisted that Bob condemn Carol.",
         /* without the rule "bob carol criticism parse 0.80" */
         "bob carol criticism parse 0.40\n"},
        {"a noun of measure with 'of' passes to what it measures: '$23 billion worth of X's goods'",
         "Bob has imposed tariffs on $23 billion worth of Alice's goods. Carol imposed tariffs on "
         "$5 billion worth of goods.",
         /* without the rule nothing */
         "bob alice criticism parse, owner 0.64\n"},
        {"'its' beside its clause's own subject, alone, is the subject's own thing: no statement",
         "NATO condemned the Union. The foreign ministry rescinded its move.",
         /* without the rule also "ministry nato criticism parse, pronoun, owner 0.51" */
         "nato union criticism parse 0.80\n"},
        {"... but not after a pair of subjects",
         "NATO condemned the Union. The foreign ministry and Bob criticised its move.",
         "nato union criticism parse 0.80\n"
         "ministry nato criticism parse, pronoun, owner 0.51\n"
         "bob nato criticism parse, pronoun, owner 0.51\n"},
        {"... nor in a phrase after it, nor after 'by'",
         "NATO condemned the strike by the Union at its bases.",
         "nato union criticism parse, owner 0.64\n"
         "union nato criticism parse, pronoun, owner 0.51\n"},
        {"a noun's 'of' after its own 'by' is the agent phrase's: 'a boycott of X by members of "
         "Y' is no boycott of Y",
         "Alice announced a boycott of the summit by members of NATO, accusing Bob of bias. Carol "
         "announced a boycott of NATO.",
         /* without the rule also "alice nato criticism parse, owner 0.56" */
         "carol nato criticism parse 0.80\n"},
        {"a possessive after a name and 'over', 'for' or 'about' is that name's, not the "
         "clause subject's; not after an agent's 'by'",
         "The Union filed a complaint against NATO over its decision to sanction Bob. Carol "
         "attacked Dave yesterday for his plan to fire Bob. The Union was criticised by NATO "
         "for its decision to back Bob.",
         /* without the rule "union bob" and "carol bob" for the first two: the subjects' */
         "union nato criticism parse 0.80\nnato bob criticism parse, pronoun 0.32\n"
         "carol dave criticism parse 0.80\ndave bob criticism parse, pronoun 0.32\n"
         "nato union criticism parse 0.80\nunion bob support parse, pronoun 0.32\n"},
        {"'his' and a possessive 'her' beside a person source named alone: the source's own",
         "Carol approved the mine. Dave has defended his decision. Bob met Carol. Alice praised "
         "her plan.",
         /* without the rule also "dave carol support parse, pronoun, owner 0.51" and "alice
          * bob support parse, pronoun, owner 0.51" */
         "bob carol negotiation parse 0.80\n"},
        {"... but not a pair of sources, nor 'her' as an object",
         "Carol approved the mine. Dave and Bob defended his decision. Carol met Bob. Alice "
         "criticised her over the plan.",
         "dave bob support parse, pronoun, owner 0.51\n"
         "carol bob negotiation parse 0.80\n"
         "alice carol criticism parse, pronoun 0.64\n"},
        {"'provided' or 'providing' before a subject pronoun, 'that' or 'there' opens a "
         "condition: no statement",
         "Alice met Carol. \"But I'm prepared to pull them provided he turns up and bargains with "
         "us in good faith,\" Bob said. Providing that it stays, Dave backs NATO.",
         /* without the rule also "alice bob negotiation parse, pronoun 0.56" and "dave nato
          * support parse 0.80" */
         "alice carol negotiation parse 0.80\n"},
        {"... up to a comma when the condition does not open the sentence",
         "Alice, who says she will stay provided she wins the vote, praised Bob. Carol would back "
         "the plan provided they paid, but she criticised Dave.",
         /* before, the condition ran on to the end of the sentence: nothing */
         "alice bob support parse 0.80\ncarol dave criticism parse, pronoun 0.64\n"},
        {"... but the verb provide is no condition",
         "Alice provided Bob with aid and criticised Carol. In a statement provided by NATO, Dave "
         "criticised Bob.",
         "alice carol criticism parse 0.80\ndave bob criticism parse 0.80\n"},
        {"... nor its object 'that' or adverb 'there'",
         "Alice, who provided that report last year, criticised Bob. The ministry provided that "
         "data, and Dave criticised Carol.",
         /* with 'that' alone taken for a condition, no statement */
         "alice bob criticism parse 0.80\ndave carol criticism parse 0.80\n"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(role_rules),
        cmocka_unit_test(owner_rules),
        cmocka_unit_test(discourse_rules),
        cmocka_unit_test(filters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
