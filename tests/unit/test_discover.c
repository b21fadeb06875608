/*
 * The rules of actor discovery (extract with no lexicon; docs/EXTRACT.md, "Actors without a
 * lexicon"), a sentence or two each, with the exact actors expected: id, type, name, aliases
 * and group, in order of first mention. Each expectation was written by hand from the rule
 * before the test first ran.
 */
#include "base/diag.h"
#include "extract/discover.h"
#include "extract/lemma.h"
#include "extract/stance_actors.h"
#include "model/model.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

struct discover_case {
    const char *name;
    const char *text;
    const char *expected; /* "id|type|name|alias,alias|group" lines */
};

/* The actors, one a line: "id|type|name|aliases|group", or the id alone when ids_only. */
static char *describe(const struct sg_model *actors, int ids_only)
{
    char *text = NULL;
    size_t length = 0;
    FILE *stream = open_memstream(&text, &length);
    assert_non_null(stream);
    for (size_t i = 0; i < actors->actor_count; i++) {
        const struct sg_actor *a = &actors->actors[i];
        fprintf(stream, "%s", a->id);
        if (!ids_only) {
            fprintf(stream, "|%s|%s|", sg_actor_type_name(a->type), a->name);
            for (size_t k = 0; k < a->alias_count; k++)
                fprintf(stream, "%s%s", k ? "," : "", a->aliases[k]);
            fprintf(stream, "|%s", a->group ? a->group : "");
        }
        fprintf(stream, "\n");
    }
    fclose(stream);
    return text;
}

/* Each case's actors found, as describe writes them; with stance, their ids, "/" and the ids of
 * those kept as having a part in a stance (stance_actors.h). */
static char *found_in(const struct discover_case *c, const struct sg_gazetteer *gazetteer,
                      int stance)
{
    struct sg_model found, kept;
    sg_model_init(&found);
    sg_model_init(&kept);
    assert_int_equal(sg_discover_actors(c->text, strlen(c->text), gazetteer, &found), SG_OK);
    char *got = describe(&found, stance);
    if (stance) {
        assert_int_equal(sg_stance_actors_keep(c->text, strlen(c->text), NULL, &found, 0, &kept),
                         SG_OK);
        char *some = describe(&kept, 1), *both = NULL;
        assert_true(asprintf(&both, "%s/\n%s", got, some) >= 0);
        free(got);
        free(some);
        got = both;
    }
    sg_model_destroy(&found);
    sg_model_destroy(&kept);
    return got;
}

static void check_cases_as(const struct discover_case *cases, size_t count, int stance)
{
    struct sg_gazetteer gazetteer;
    assert_int_equal(sg_lemma_init(), 0);
    assert_int_equal(sg_gazetteer_builtin(&gazetteer), SG_OK);
    for (size_t i = 0; i < count; i++) {
        const struct discover_case *c = &cases[i];
        char *got = found_in(c, &gazetteer, stance);
        if (strcmp(got, c->expected) != 0)
            fail_msg("%s: \"%s\"\nexpected:\n%sgot:\n%s", c->name, c->text, c->expected, got);
        free(got);
    }
    sg_gazetteer_destroy(&gazetteer);
}

static void check_cases(const struct discover_case *cases, size_t count)
{
    check_cases_as(cases, count, 0);
}

/* Countries, capitals, demonyms and organisations of the gazetteer. */
static void places(void **state)
{
    (void)state;
    static const struct discover_case cases[] = {
        {"a country that owns a title in an appositive after a name is that person's "
         "affiliation",
         "No deal is near, said Marta Lindqvist, also Norway's trade minister, after the talks.",
         "lindqvist|person|Marta Lindqvist||\n"},
        {"the State Department is a seat of government of the United States, used as a "
         "metonym",
         "The State Department has decided to reject the pipeline. Canada criticised the decision.",
         "us|country|United States|State Department|\n"
         "canada|country|Canada||\n"},
        {"a place before a hyphen and a participle that makes it the agent is a mention of it "
         "by the words before the hyphen; not before 'based'",
         "After Moscow-mediated talks Armenia agreed. The AU-mediated talks and a Paris-based "
         "group stalled.",
         "russia|country|Russia|Moscow|\n"
         "armenia|country|Armenia||\n"
         "au|organization|African Union|AU|\n"},
        {"a capital that opens the text before a comma, colon, dash or bracket is a dateline, "
         "no actor; a capital inside the text still is one",
         "Nairobi, March 3: The regulator fined Safaricom on Monday. Safaricom said it would "
         "appeal. Uganda — Kampala — said nothing.",
         "safaricom|organization|Safaricom||\n"
         "uganda|country|Uganda|Kampala|\n"},
        {"'the government' is the one country the text ties to a government ('of' and no name "
         "after it)",
         "Kenya's main opposition party accused the government of bribing voters. Kenya rejected "
         "the claim.",
         "kenya|country|Kenya|the government|\n"},
        {"... else the country its dateline names",
         "NAIROBI, May 3 -- Activists said Kenya and Uganda should act. The government said "
         "nothing.",
         "kenya|country|Kenya|The government|\n"
         "uganda|country|Uganda||\n"},
        {"... else the country it names clearly most; with two named as often, none",
         "Uganda and Kenya met. Uganda said no, and Uganda later left. The government said so.",
         "uganda|country|Uganda|The government|\n"
         "kenya|country|Kenya||\n"},
        {"... made an actor when the text names it only as a modifier",
         "Kenya's new energy regulators fined the Kenya Power Company. The Electricity "
         "Authority of Kenya agreed, and the government said so.",
         "kenyas-new-energy-regulators|group|Kenya's new energy regulators|energy "
         "regulators|Kenya\n"
         "kenya-power-company|organization|Kenya Power Company||\n"
         "electricity-authority-of-kenya|organization|Electricity Authority of Kenya||\n"
         "kenya|country|Kenya|the government|\n"},
        {"'the government' right before an organisation's name is a form of that organisation",
         "Kenya's regulator fined the government Department of Energy. Kenya said so.",
         "department-of-energy|organization|Department of Energy|the government Department of "
         "Energy|\n"
         "kenya|country|Kenya||\n"},
        {"... none", "Uganda and Kenya met. The government said so.",
         "uganda|country|Uganda||\n"
         "kenya|country|Kenya||\n"},
        {"... a country found as no actor of its own: the one the text names, here only inside "
         "an organisation's name",
         "The Kenya Medical Union declined an offer from the government. The union said the "
         "government had failed.",
         "kenya-medical-union|organization|Kenya Medical Union|the union|\n"
         "kenya|country|Kenya|the government|\n"},
        {"... but first a government the text names in full; 'from the government' and 'the "
         "government of Uganda' are no bare uses",
         "The Western Australian government approved the pipeline. Australia agreed. The "
         "government said so. Tanzania and Uganda held talks. Officials resigned from the "
         "government. The government of Uganda objected.",
         "western-australian-government|organization|Western Australian government|The "
         "government|\n"
         "australia|country|Australia||\n"
         "tanzania|country|Tanzania||\n"
         "uganda|country|Uganda||\n"},
        {"a country by its common English name, when ISO 3166 now gives another",
         "Turkey and Cape Verde signed an accord.",
         "turkey|country|Turkey||\n"
         "caboverde|country|Cabo Verde|Cape Verde|\n"},
        {"a country by the name its government writes with a lowercase prefix",
         "Critics said eSwatini had jailed activists.",
         "critics|group|Critics||\n"
         "eswatini|country|Eswatini|eSwatini|\n"},
        {"a country by its names, one actor",
         "Ukraine rejected the plan. The U.S. said Ukraine must sign.",
         "ukraine|country|Ukraine||\n"
         "us|country|United States|U.S.|\n"},
        {"around the word 'capital', a country that owns it and a city after it are geography",
         "Envoys met in Ghana's capital, Accra. Later the Kenyan capital Nairobi hosted the "
         "second round.",
         ""},
        {"a capital as a metonym; not after 'in'",
         "Beijing criticised Washington. Talks were held in Kinshasa.",
         "china|country|China|Beijing|\n"
         "us|country|United States|Washington|\n"},
        {"a demonym before a state noun is the country, with the noun as an alias; before a "
         "title, a modifier that goes with the title and the name in an alias",
         "The Ukrainian side met Russian President Vladimir Putin.",
         "ukraine|country|Ukraine|Ukrainian,Ukrainian side|\n"
         "putin|person|Vladimir Putin|Russian President Vladimir Putin,President Vladimir "
         "Putin|Russia\n"},
        {"a capitalised part of the state after a demonym or a possessive is the country, with "
         "the words as an alias, and no organisation of its own; not with a title after it, nor "
         "inside a longer name",
         "The Moldovan Foreign Ministry expelled two diplomats. China's Foreign Ministry "
         "criticised Japan. The Russian Ministry of Defence denied it, and so did the Free Syrian "
         "Army.",
         "moldova|country|Moldova|Moldovan,Moldovan Foreign Ministry|\n"
         "china|country|China|China's Foreign Ministry|\n"
         "japan|country|Japan||\n"
         "russia|country|Russia|Russian,Russian Ministry of Defence|\n"
         "free-syrian-army|organization|Free Syrian Army||\n"},
        {"a capitalised name after a demonym whose head word is no state noun is no part of "
         "the state",
         "China's Foreign Ministry praised the Russian State Museum and the British Army Museum.",
         "china|country|China|China's Foreign Ministry|\n"},
        {"'the Commission' is the European Commission only when the text names no other "
         "commission",
         "The Federal Competition and Consumer Protection Commission (FCCPC) fined Meta. Meta "
         "pressured the Commission to reverse it. In Brussels the Commission said no.",
         "fccpc|organization|Federal Competition and Consumer Protection Commission|FCCPC,the "
         "Commission|\n"},
        {"the European Commission by the name the news gives it beside the EU's: one actor, "
         "the EU",
         "It was expected the EU Commission would reject the bid. The EU said no.",
         "eu|organization|European Union|EU Commission,EU|\n"},
        {"a demonym and a collective: a group of the country",
         "Russian officials dismissed the offer.",
         "russian-officials|group|Russian officials||Russia\n"},
        {"a rank before a demonym and a collective is in the group's form as the text gives it",
         "Senior Mexican officials dismissed the offer.",
         "mexican-officials|group|Mexican officials|Senior Mexican officials|Mexico\n"},
        {"a state's negotiators, delegates, diplomats or envoys are the state, after its "
         "capital, name or demonym; its officials are a group",
         "Juba and Khartoum negotiators failed to agree. Later seven Russian diplomats left, and "
         "Russian officials objected.",
         "southsudan|country|South Sudan|Juba|\n"
         "sudan|country|Sudan|Khartoum|\n"
         "russia|country|Russia|Russian|\n"
         "russian-officials|group|Russian officials||Russia\n"},
        {"a currency's short name before an amount or a dollar sign is no actor",
         "The Commission fined Telefonica US$152 million, beaten only by the US$497 million "
         "penalty. The DCC imposed a penalty of Rs. 3,050 crores on Airtel. Idea was given a "
         "Rs 950 crores penalty.",
         "dcc|organization|DCC||\n"},
        {"the European Commission is the European Union when the text names both, under the "
         "Union's name even when the Commission comes first",
         "The European Commission fined Telefonica. The EU said it would act.",
         "eu|organization|European Union|European Commission,EU|\n"},
        {"a name before a natural feature's word in lowercase is a place, not an actor",
         "Rebels said a convoy attacked them along the White Nile river. Launching the convoy on "
         "the Nile is a violation, Riek Machar said.",
         "rebels|group|Rebels||\n"
         "machar|person|Riek Machar||\n"},
        {"a country after a dateline's city in capitals and a comma is a place",
         "CANBERRA, Australia (AP) -- Malcolm Turnbull said he would stay.",
         "turnbull|person|Malcolm Turnbull||\n"},
        {"a word before \"government\" that ends the name of one place the text names is "
         "that place",
         "The South Korean government filed a complaint. Tokyo regretted that the Korean "
         "government had gone ahead.",
         "southkorea|country|South Korea|South Korean,South Korean government,Korean "
         "government|\n"
         "japan|country|Japan|Tokyo|\n"},
        {"... and so is a word before a capitalised part of the state, with the acronym in "
         "brackets after it",
         "The South Korean government filed a complaint. The Korean Ministry of Trade, Industry "
         "and Energy (MOTIE) said so. Later the MOTIE revised the act.",
         "southkorea|country|South Korea|South Korean,South Korean government,Korean Ministry "
         "of Trade, Industry and Energy,MOTIE|\n"},
        {"a possessive \"government\" with no \"the\" after a verb is a bare use ('dismissed "
         "government's appeal'), not after a noun ('his coalition government's officials')",
         "The Appeal Court dismissed government’s appeal. Kenya's unions cheered, and Kenya's "
         "unions marched. Odinga said his coalition government's officials erred.",
         "appeal-court|organization|Appeal Court||\n"
         "kenya|country|Kenya|government|\n"
         "kenyas-unions|group|Kenya's unions||Kenya\n"
         "odinga|organization|Odinga||\n"},
        {"the word before \"administration\" used alone elsewhere is a person, though WordNet "
         "knows it, not a form of the administration; \"the President\" is that person",
         "The Trump administration is hitting back at Canada over U.S. goods. Canada imposed "
         "tariffs in response to Trump’s tariffs on steel. The President said so.",
         "us|country|United States|U.S.,Trump administration|\n"
         "canada|country|Canada||\n"
         "trump|person|Trump|the President|\n"},
        {"... not a word whose first sense in WordNet is a group: the administration's word",
         "The Labour administration rejected the offer. Labour said the unions were wrong.",
         "labour-administration|organization|Labour administration|Labour|\n"
         "unions|group|unions|the unions|\n"},
        {"one word that owns an envoy, an aide, an adviser, a lawyer or kin is a person, not "
         "the body a title's owner would be",
         "Zelensky met with Trump's envoy Keith Kellogg on Monday.",
         /* the owner, title and name are then one alias, as "RMT boss Mick Lynch" is */
         "trump|person|Trump||\n"
         "kellogg|person|Keith Kellogg|Trump's envoy Keith Kellogg|Trump\n"},
        {"a level of government and \"Government\" is the country whose government the text "
         "means",
         "Critics in Australia attacked the Federal Government over the mine. Australia said it "
         "would act.",
         "australia|country|Australia|Federal Government|\n"},
        {"a level of government and \"Government\" of no country the text names takes a bare "
         "\"the government\"",
         "The union rejected the offer by the Federal Government. Later the government said it "
         "would act.",
         "federal-government|organization|Federal Government|the government|\n"},
        {"a bare \"the Government\" in capitals is \"the government\"",
         "Nurses in New Zealand rejected the offer of New Zealand. Later the Government said it "
         "was disappointed.",
         "nurses|group|Nurses||\n"
         "newzealand|country|New Zealand|the Government|\n"},
        {"\"the state government\" is the government the text names in full",
         "The Liberal government made an offer. Later the state government accused the union "
         "of bad faith, and the government said so.",
         "liberal-government|organization|Liberal government|the state government,the "
         "government|\n"},
        {"a surname and \"government\" is the country whose government the text means; not a "
         "place WordNet knows",
         "India signed the deal. The Congress party questioned the Modi government over the "
         "talks, and India rejected the claim. The Queensland government approved the mine.",
         "india|country|India|Modi government|\n"
         "congress|organization|Congress|Congress party|\n"
         "queensland-government|organization|Queensland government||\n"},
        {"\"the Government of\" a country is that country",
         "The Government of China signed the deal with India. Later the Government of India "
         "said so.",
         "china|country|China|The Government of China|\n"
         "india|country|India|the Government of India|\n"},
        {"a state's troops, soldiers or forces are the state, as its negotiators are",
         "Mogadishu threatened to expel thousands of Ethiopian troops. Later Russian forces "
         "withdrew.",
         "somalia|country|Somalia|Mogadishu|\n"
         "ethiopia|country|Ethiopia|Ethiopian|\n"
         "russia|country|Russia|Russian,Russian forces|\n"},
        {"a place's ministers after one portfolio word are a group of their own, not the place",
         "EU trade ministers condemned the deal. The EU said it would act.",
         "eu-trade-ministers|group|EU trade ministers|trade ministers|European Union\n"
         "eu|organization|European Union|EU|\n"},
        {"an international organisation's officials speak for it, and are its alias",
         "EU officials praised NATO.",
         "eu|organization|European Union|EU,EU officials|\n"
         "nato|organization|NATO||\n"},
        {"an armed movement's militants are the movement; a country's are a group",
         "Pakistan fought Taliban militants near the border, and Afghan militants too.",
         "pakistan|country|Pakistan||\n"
         "taliban|organization|Taliban||\n"
         "afghan-militants|group|Afghan militants||Afghanistan\n"},
        {"... and so do its mediators",
         "African Union mediators held talks. AU mediators met the rebels on Monday.",
         "au|organization|African Union|African Union mediators,AU,AU mediators|\n"
         "rebels|group|rebels|the rebels|\n"},
        {"a one-word country name in capitals is the country; not an organisation's seat",
         "WASHINGTON, DC \xE2\x80\x93 CANADA and Mexico have both responded to the tariffs. "
         "BRUSSELS, Dec 15 \xE2\x80\x93 The EU said it would respond.",
         "canada|country|Canada|CANADA|\n"
         "mexico|country|Mexico||\n"
         "eu|organization|European Union|EU|\n"},
        {"a country before a title and a name is an affiliation, no actor, and goes with the "
         "title and the name in an alias, as a demonym does",
         "Norway minister Espen Barth Eide spoke. Trump and UK Prime Minister Keir Starmer "
         "finalized a deal.",
         "eide|person|Espen Barth Eide|Norway minister Espen Barth Eide|Norway\n"
         "starmer|person|Keir Starmer|UK Prime Minister Keir Starmer,Prime Minister Keir "
         "Starmer|United Kingdom\n"},
        {"a name after a demonym that ends in a head word is an organisation of that country; "
         "the country's description of it is an alias, and no mention of the country",
         "Australia’s competition regulator blocked the deal. The Australian Competition and "
         "Consumer Commission (ACCC) said it opposed the deal.",
         "accc|organization|Australian Competition and Consumer Commission|ACCC,Australia’s "
         "competition regulator|Australia\n"},
        {"a determiner, a country and an organisation's title describe the one organisation "
         "named after the country, and are no mention of it; with no such organisation, nothing",
         "They will appeal the decision by a UK watchdog. The UK Competition and Markets "
         "Authority (CMA) said no. The Australian competition regulator said so.",
         "cma|organization|UK Competition and Markets Authority|CMA,UK watchdog|\n"},
        {"a country after 'in', or after a city and a comma, is a place; so is a city before "
         "'agreement'",
         "Talks were held in Brazil and in Kinshasa, Congo, under the Paris agreement. Egypt "
         "objected.",
         "egypt|country|Egypt||\n"},
        {"a country's possessive before a plural collective is a group, one across the ways "
         "of naming it; before a singular one, the country; after an appositive's 'other', no "
         "actor",
         "America’s allies urged restraint. Later US allies agreed. Italy’s opposition gave "
         "France votes. Mexico, other U.S. allies and Canada – other close U.S. allies – said so, "
         "as did other Ukrainian leaders.",
         "americas-allies|group|America’s allies|US allies|United States\n"
         "italy|country|Italy||\n"
         "france|country|France||\n"
         "mexico|country|Mexico||\n"
         "canada|country|Canada||\n"
         "ukrainian-leaders|group|Ukrainian leaders||Ukraine\n"},
        {"a place after a capitalised word goes on a longer name; blocs of countries named in "
         "lowercase",
         "Some Latin American countries and developing nations objected, as did developing "
         "countries.",
         "latin-american-countries|group|Latin American countries||\n"
         "developing|group|Developing countries|developing nations,developing countries|\n"},
        {"Azeri is Azerbaijan's; an organisation's leadership is the organisation",
         "Azeri forces shelled the town. EU leadership objected.",
         "azerbaijan|country|Azerbaijan|Azeri,Azeri forces|\n"
         "eu|organization|European Union|EU,EU leadership|\n"},
        {"a country's possessive before a name, or an organisation before 'summit', is no "
         "actor; a possessive before lowercase words and a plural collective names a group",
         "The UN climate summit failed France’s Peugeot and America’s biggest automakers.",
         "americas-biggest-automakers|group|America’s biggest automakers||United States\n"},
        {"a plural title or an organisation's representatives, then 'of', before a place: its "
         "own people, an alias; not a singular title, nor other plurals",
         "Heads of State and Government of the Economic Community of West African States "
         "(ECOWAS) threatened action. The leaders of the EU met. The Secretary of State of "
         "Ukraine came. Protesters of Poland marched.",
         "ecowas|organization|ECOWAS|Economic Community of West African States,Heads of State "
         "and Government of the Economic Community of West African States|\n"
         "eu|organization|European Union|EU,leaders of the EU|\n"
         "ukraine|country|Ukraine||\n"
         "poland|country|Poland||\n"},
        {"a collective's plural possessive before another collective: the group is the "
         "second",
         "The UK’s farmers’ unions renewed calls. America's farmers' unions agreed.",
         "uks-farmers-unions|group|UK’s farmers’ unions||United Kingdom\n"
         "americas-farmers-unions|group|America's farmers' unions||United States\n"},
        {"a place of several words misspelt by one letter inside a word is that place; not "
         "by a letter at a word's end, nor by two",
         "Talks failed after Addis Abba rejected it. The Unted States agreed, but the Unite "
         "States and Saudi Arabai did not.",
         "ethiopia|country|Ethiopia|Addis Abba|\n"
         "us|country|United States|Unted States|\n"},
        {"a count of countries is a group; not after a determiner, 'other' or a preposition",
         "Thirty-six countries had written to Brazil. More than 80 nations backed it, but the "
         "two countries, two other nations and one nation objected. Twenty-one states agreed. "
         "Consensus among nearly 200 nations is required.",
         "thirty-six-countries|group|Thirty-six countries||\n"
         "brazil|country|Brazil||\n"
         "80-nations|group|80 nations||\n"
         "twenty-one-states|group|Twenty-one states||\n"},
        {"a place's name before a number is another name; Europe is the EU",
         "Macron spoke to France 24. Europe will respond.",
         "eu|organization|European Union|Europe|\n"},
        {"a group of a place of several words is named by its last word too; a name before "
         "'press conference' or after 'news agency' is no actor",
         "Sanctions hit the Republic of Niger’s military leaders. At a sunny Rose Garden "
         "press conference, state news agency IRNA said so.",
         "republic-of-nigers-military-leaders|group|Republic of Niger’s military leaders|Niger’s "
         "military leaders|Niger\n"},
        {"no actor: Antarctica, a city in a venue's address, a name before 'project'",
         "Talks could move to Antarctica. They met at the Presidential Villa, Abuja, yesterday "
         "on the Maules Creek project, and Egypt said the Maules Creek project was safe.",
         "egypt|country|Egypt||\n"},
        {"a person's administration is their country; with no country known, the United "
         "States when the text names it",
         "The Biden administration urged talks. The White House agreed. Russian President "
         "Vladimir Putin spoke. The Putin administration objected.",
         "us|country|United States|White House,Biden administration|\n"
         "putin|person|Vladimir Putin|Russian President Vladimir Putin,President Vladimir "
         "Putin|Russia\n"
         "russia|country|Russia|Putin administration|\n"},
        {"an administration with no country known and no United States named is an "
         "organisation",
         "The Milei administration cut spending.",
         "milei-administration|organization|Milei administration||\n"},
        {"the administration of a person of an organisation is an organisation, even with the "
         "United States named",
         "UAW President Shawn Fain met the United States, and the Fain administration agreed.",
         "fain|person|Shawn Fain|UAW President Shawn Fain|UAW\n"
         "us|country|United States||\n"
         "fain-administration|organization|Fain administration||\n"},
        {"'ethnic', a demonym and a collective: a group, not the state; 'in' and a name go in "
         "an alias",
         "Talks let ethnic Armenian forces in Karabakh and ethnic Armenian forces swap "
         "prisoners.",
         "ethnic-armenian-forces|group|ethnic Armenian forces|ethnic Armenian forces in "
         "Karabakh|Armenia\n"},
        {"a country's possessive or demonym before lowercase words and a state noun: the "
         "country, with the words as an alias; before a title or goods, no actor",
         "Egypt’s foreign ministry said talks failed. The Armenian defense ministry accused "
         "Australia's government. The Iranian foreign minister spoke of Chinese goods. Sudan "
         "said enemy forces fired. The Czech three-party coalition government fell. A Chinese "
         "foreign ministry spokesman spoke.",
         "egypt|country|Egypt|Egypt’s foreign ministry|\n"
         "armenia|country|Armenia|Armenian,Armenian defense ministry|\n"
         "australia|country|Australia|Australia's government|\n"
         "sudan|country|Sudan||\n"},
        {"'the Zionist regime', as Iran's officials call Israel, is Israel",
         "Iran said the Zionist regime's attacks must stop.",
         "iran|country|Iran||\n"
         "israel|country|Israel|Zionist regime|\n"},
        {"one lowercase word before a group's plural head names that group, an alias; not "
         "'other', 'senior' or a possessive",
         "Sanctions hit Niger's military leaders. The coup leaders refused, other leaders and "
         "the senior leaders met, and the nation's leaders spoke.",
         "nigers-military-leaders|group|Niger's military leaders|coup leaders|Niger\n"},
        {"with the same 'in' and place after the head, the group that ends so; not a head two "
         "actors' forms end with",
         "Azeri forces shelled ethnic Armenian forces in Karabakh. Sudan said enemy forces in "
         "Karabakh fired, and rebel forces fired.",
         "azerbaijan|country|Azerbaijan|Azeri,Azeri forces|\n"
         "ethnic-armenian-forces|group|ethnic Armenian forces|ethnic Armenian forces in "
         "Karabakh,enemy forces in Karabakh|Armenia\n"
         "sudan|country|Sudan||\n"},
        {"places listed after 'border with', maybe past a few words, are geography; a list "
         "after 'talks with' is not",
         "They met on the border with fellow Mercosur members Argentina, Bolivia and Paraguay. "
         "Chile held talks with Peru and Ecuador.",
         "chile|country|Chile||\n"
         "peru|country|Peru||\n"
         "ecuador|country|Ecuador||\n"},
        {"places listed after 'border of' are geography, and so is each country on a list "
         "after 'in', and one after 'around'; a list closed by 'and' ends before a comma",
         "The dam lies on the border of Brazil and Paraguay. Exporters lose out in Panama and "
         "South Korea, Canada said. Ships sailed around Taiwan. Japan and China condemned it.",
         "canada|country|Canada||\n"
         "japan|country|Japan||\n"
         "china|country|China||\n"},
        {"a place after 'size of' is a measure of land, no actor",
         "Malaysia approved a dam that will flood an area half the size of Singapore. Activists "
         "criticised Malaysia.",
         "malaysia|country|Malaysia||\n"
         "activists|group|Activists||\n"},
        {"... not with a possessive: 'the size of Russia's army' is Russia's",
         "NATO demanded cuts to the size of Russia's army.",
         "nato|organization|NATO||\n"
         "russia|country|Russia|Russia's army|\n"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

/* People: titles, affiliations, verbs of saying, appositives, and one actor per person. */
static void people(void **state)
{
    (void)state;
    static const struct discover_case cases[] = {
        {"two or three words that are no English words, right before an auxiliary verb, are a "
         "person's name when 'he' or 'she' follows; without it, no person",
         "Tomas Vestergaard has refused to sign the accord. He wants changes.",
         "vestergaard|person|Tomas Vestergaard||\n"},
        {"... so an organisation named so is no person", "Boko Haram has claimed the attack.", ""},
        {"a surname past a particle and a hyphen, used alone, is the person",
         "Sudanese President Omar al-Bashir met the envoys. Later Bashir said no.",
         "al-bashir|person|Omar al-Bashir|Sudanese President Omar al-Bashir,President Omar "
         "al-Bashir,Bashir|Sudan\n"},
        {"a title, 'for' and a portfolio before a name: the name past the portfolio, with the "
         "whole as an alias; 'The' is no affiliation, and a portfolio alone is no actor",
         "Minister for the Public Service Judith Collins said the offer was fair. The Minister for "
         "Foreign Affairs Penny Wong said it was not. The Minister for Foreign Affairs declined.",
         "collins|person|Judith Collins|Minister for the Public Service Judith Collins,the "
         "Minister|\n"
         "wong|person|Penny Wong|Minister for Foreign Affairs Penny Wong,the Minister|\n"},
        {"a title after 'to' is the complement of the title before it, and no title of the "
         "person's: no 'the Prime Minister' alias",
         "Minister to the Prime Minister James McGrath resigned. The Prime Minister said so.",
         "mcgrath|person|James McGrath|Minister to the Prime Minister James McGrath|\n"},
        {"a title ending in 'of' and a word ('Secretary of State') before 'for' and a portfolio",
         "The Secretary of State for Health Wes Streeting said the strike was unjustified.",
         "streeting|person|Wes Streeting|Secretary of State for Health Wes Streeting,the "
         "Secretary|\n"},
        {"news outlets and treaties are no actors, even after 'the'",
         "He told the BBC that the plan was sound. Iran violated the JCPOA, Israel said.",
         "iran|country|Iran||\nisrael|country|Israel||\n"},
        {"a review's cases: a speaker after 'in PLACE,'; a country after 'the capital,'; an "
         "appositive with no closing comma; a name at the very end",
         "Speaking in Kyiv, Zelensky said he agreed. Drones struck the capital, Ukraine said. "
         "On Tuesday, Iran's president said talks had failed. Talks will resume, said Mark Harper.",
         "zelensky|organization|Zelensky||\nukraine|country|Ukraine||\niran|country|Iran||\n"
         "harper|person|Mark Harper||\n"},
        {"a review's cases: a company after 'at' is no venue; a company's owner between commas "
         "is no person; 'Bank of England Governor' is no organisation",
         "A strike at Boeing Co began. The bank's owner, Goldman Sachs, said it would appeal. "
         "The Bank of England Governor said rates would rise.",
         "boeing-co|organization|Boeing Co||\n"},
        {"the first word of a two-word name, used as an actor, is that person (a family name "
         "first)",
         "Trade Minister Wen Bao called the talks hard. Wen said the teams would meet again.",
         "bao|person|Wen Bao|Trade Minister Wen Bao,Wen|\n"},
        {"a weekday after a name is a date, not part of the name",
         "Union leaders met Governor Ann Lee Thursday to press their case.",
         "lee|person|Ann Lee|Governor Ann Lee|\n"},
        {"a name between commas right before a verb of saying is a person's; a surname ending "
         "in 's' that is no plural stays a name",
         "The chair of the ferry guild, Dana Hughes, said talks had failed.",
         "hughes|person|Dana Hughes|The chair of the ferry guild, Dana Hughes|\n"},
        {"a title inside the chain; the title with the name, and alone when the text uses it, "
         "as aliases",
         "Prime Minister Petr Necas refused. The prime minister said Necas would not yield.",
         "necas|person|Petr Necas|Prime Minister Petr Necas,Necas,the prime minister|\n"},
        {"a lowercase title after an organisation's name: its group, and with the title and the "
         "name an alias, as a place before a title is",
         "The union's leader spoke. RMT boss Mick Lynch said the deal was dreadful.",
         "lynch|person|Mick Lynch|RMT boss Mick Lynch|RMT\n"},
        {"Mr and a surname join the full name",
         "Richard Holden said he hoped. Mr Holden added that talks failed.",
         "holden|person|Richard Holden|Holden,Mr Holden|\n"},
        {"spelling variants of a surname are one person",
         "President Volodymyr Zelensky met envoys. Zelenskyy said no.",
         "zelensky|person|Volodymyr Zelensky|President Volodymyr Zelensky,Zelenskyy|\n"},
        {"the name after 'aka' or 'also known as' is another form of the one before it, which "
         "keeps its type",
         "Party chairman Pushpa Kamal Dahal aka Prachanda walked out. Later Dahal, also known as "
         "Prachanda, said the talks failed. Prachanda criticised Deuba.",
         "dahal|person|Pushpa Kamal Dahal|Dahal,Prachanda|\n"},
        {"a one-word name in capitals that is a word of a person's name in any case is that "
         "person",
         "Chinese President Xi Jinping met Mohamed Muizzu. President XI later hosted a banquet.",
         "jinping|person|Xi Jinping|Chinese President Xi Jinping,President Xi Jinping,XI,President "
         "XI|China\n"},
        {"an appositive title after the name",
         "Arunabha Ghosh, a special envoy for South Asia, objected.",
         "ghosh|person|Arunabha Ghosh||\n"},
        {"an appositive's title past its place, and its last word, as aliases when the text "
         "uses them",
         "Li Wei, a Chinese commerce ministry spokesperson, told reporters so. \"Never,\" the "
         "commerce ministry spokesperson said. The spokesperson left.",
         "wei|person|Li Wei|the commerce ministry spokesperson,the spokesperson|\n"},
        {"an appositive's title after an organisation place's name ('the European Union "
         "competition commissioner'): that name's 'Union' is no head, the name is a person's",
         "Lena Varga, the European Union competition commissioner, said the fine was fair.",
         "varga|person|Lena Varga||\n"
         "eu|organization|European Union||\n"},
        {"a verb of saying after a two-word name", "Chris Turner said the veto was wrong.",
         "turner|person|Chris Turner||\n"},
        {"a month inside a name is a name", "Prime Minister Theresa May faced a vote.",
         "may|person|Theresa May|Prime Minister Theresa May|\n"},
        {"names listed after a person's are people",
         "Junior ministers Suella Braverman, Rehman Chishti and Anne-Marie Trevelyan resigned.",
         "braverman|person|Suella Braverman||\n"
         "chishti|person|Rehman Chishti||\n"
         "trevelyan|person|Anne-Marie Trevelyan||\n"},
        {"names listed after a plural title and 'including' are people",
         "A number of junior ministers, including Suella Braverman, Rehman Chishti and Ranil "
         "Jayawardena, all quit.",
         "braverman|person|Suella Braverman||\n"
         "chishti|person|Rehman Chishti||\n"
         "jayawardena|person|Ranil Jayawardena||\n"},
        {"a titled name after a comma is no appositive of the chain before; a name after a "
         "person's and a comma is no list item when the list stops there",
         "In his letter to the 1922 Committee, Mr Rees-Mogg said no. \"It was mutual,\" said "
         "Mathan Somasundaram, Market Portfolio Strategist at a broker.",
         "rees-mogg|person|Rees-Mogg|Mr Rees-Mogg|\n"
         "somasundaram|person|Mathan Somasundaram||\n"},
        {"a title before a comma and a name is that name's, no appositive of the chain before",
         "In a statement issued to GamesRadar+, Microsoft's vice chair and president, Brad "
         "Smith, said that it was bad.",
         "microsoft|organization|Microsoft||\n"
         "smith|person|Brad Smith||\n"},
        {"'the' and a title before a comma and the name: the title as an alias, in lowercase "
         "and as the text capitalises it",
         "He said the Prime Minister, Mrs Theresa May, was losing. The prime minister stayed.",
         "may|person|Theresa May|Mrs Theresa May,the prime minister,the Prime Minister|\n"},
        {"'the' and a capitalised title that no person found holds: a person of its own",
         "Even the Pope dropped a hint. The CEO pay rose.", "pope|person|Pope|the Pope|\n"},
        {"'the' title 'of' an organisation: an alias of the one person so titled and "
         "affiliated",
         "The president of the United Auto Workers rejected it. UAW President Shawn Fain said "
         "no, and the UAW agreed.",
         "uaw|organization|United Auto Workers|UAW|\n"
         "fain|person|Shawn Fain|UAW President Shawn Fain,The president of the United Auto "
         "Workers,the president|UAW\n"},
        {"a capitalised title alone is an alias as the text writes it",
         "Chancellor Angela Merkel spoke. Her spokesman said the Chancellor was disappointed.",
         "merkel|person|Angela Merkel|Chancellor Angela Merkel,the Chancellor|\n"},
        {"a country's title before a comma and the name: an alias, and the country no actor; a "
         "hyphenated word before a country goes with it",
         "France’s ecological transition minister, Monique Barbut, said Russia and "
         "coal-dependent India resisted.",
         "barbut|person|Monique Barbut|France’s ecological transition minister|France\n"
         "russia|country|Russia||\n"
         "india|country|India|coal-dependent India|\n"},
        {"a title before a comma and a name with no title of its own: 'the' and the "
         "capitalised title, or a country's possessive and the title, as an alias",
         "The Majority Leader, Alexander Afenyo-Markin, announced a boycott. Afenyo-Markin said "
         "the Majority Leader would stay away. Canada’s Prime Minister, Justin Trudeau, "
         "described the move as dumb. Trudeau left.",
         "afenyo-markin|person|Alexander Afenyo-Markin|Afenyo-Markin,the Majority Leader|Majority\n"
         "trudeau|person|Justin Trudeau|Canada’s Prime Minister,Trudeau|\n"},
        {"'a', 'an' or 'the' and a description whose head is a title, set before a full name "
         "by a comma that the name closes, is that person's alias with the name; not before a "
         "name a verb follows, nor a description whose head is no title",
         "A ministry official, Liu Jinsong, met a Japanese embassy official, Akira Yokochi, on "
         "Monday. Critics of the deal, John Doe said, were wrong. It puts her at odds with the "
         "former president and CEO of the Asia Pacific Foundation, Yuen Pao Woo.",
         "jinsong|person|Liu Jinsong|A ministry official, Liu Jinsong|\n"
         "yokochi|person|Akira Yokochi|a Japanese embassy official, Akira Yokochi|Japan\n"
         "doe|person|John Doe||\n"
         "asia-pacific-foundation|organization|Asia Pacific Foundation||\n"
         "woo|person|Yuen Pao Woo|the former president and CEO of the Asia Pacific Foundation, "
         "Yuen Pao Woo|\n"},
        {"a country's description by a title is the one person of that country with that "
         "title; a person of no group when it is the only country named",
         "Employment Minister Tony Burke met DP World. Australia's industrial relations "
         "minister said it was bad.",
         "burke|person|Tony Burke|Employment Minister Tony Burke,Australia's industrial "
         "relations minister|\n"
         "australia|country|Australia||\n"},
        {"... not when the description names a ministry the person's title does not",
         "Foreign Minister Marise Payne met DP World. Australia's trade minister said it was bad.",
         "payne|person|Marise Payne|Foreign Minister Marise Payne|\n"
         "australia|country|Australia||\n"},
        {"... none when another country is named and the person has no group",
         "Prime Minister Mohammed al-Sudani met Saudi Foreign Minister Faisal Farhan. Iran's "
         "foreign minister said it was bad.",
         "al-sudani|person|Mohammed al-Sudani|Prime Minister Mohammed al-Sudani|\n"
         "farhan|person|Faisal Farhan|Saudi Foreign Minister Faisal Farhan,Foreign Minister "
         "Faisal Farhan|Saudi Arabia\n"
         "iran|country|Iran||\n"},
        {"... none when a word says another holds the title ('former', 'shadow')",
         "Employment Minister Tony Burke met DP World. Australia's former employment minister "
         "said it was bad. Australia's shadow employment minister agreed.",
         /* without the check both descriptions are aliases of burke */
         "burke|person|Tony Burke|Employment Minister Tony Burke|\n"
         "australia|country|Australia||\n"},
        {"... none when the words before the titles name two offices, one of them the prime "
         "minister's, the foreign minister's and their kin",
         "Employment Minister Tony Burke met DP World. Australia's prime minister said it was "
         "bad. Australia's foreign minister agreed.",
         /* without the check both descriptions are aliases of burke */
         "burke|person|Tony Burke|Employment Minister Tony Burke|\n"
         "australia|country|Australia||\n"},
        {"an organisation before the title goes with the name in an alias; 'the', a title "
         "and a common word is a title alone",
         "UAW President Shawn Fain said no to the Chief Whip.",
         "fain|person|Shawn Fain|UAW President Shawn Fain|UAW\n"},
        {"a cleric's title of address before a name",
         "The project will force people out, said one of them, Bishop Tomas Balduino. Rabbi "
         "Jonathan Sacks agreed.",
         "balduino|person|Tomas Balduino|Bishop Tomas Balduino|\n"
         "sacks|person|Jonathan Sacks|Rabbi Jonathan Sacks|\n"},
        {"a title with 'to', 'of' or 'for' and capitalised words before a comma: the name after "
         "the comma is a person",
         "Critics met the ambassador to Kenya, Michael Ranneberger, on Monday. FCCPC Director of "
         "Public Affairs, Ondaje Ijagwu, made it clear.",
         "kenya|country|Kenya||\n"
         "ranneberger|person|Michael Ranneberger|the ambassador to Kenya, Michael Ranneberger|\n"
         "ijagwu|person|Ondaje Ijagwu||\n"},
        {"a title's complement may start with 'the'",
         "The head of the International Atomic Energy Agency, Rafael Grossi, said inspectors "
         "were expelled.",
         "iaea|organization|International Atomic Energy Agency||\n"
         "grossi|person|Rafael Grossi|The head of the International Atomic Energy Agency, "
         "Rafael Grossi|\n"},
        {"a lowercase noun whose first sense in WordNet is a person names the person after it "
         "as a title does; not an adjective or a verb ('accused'), nor before an organisation's "
         "name",
         "President Volodymyr Zelensky arrived. Following the talks, Trump accused Zelensky of "
         "lying. The mine was approved for Indian businessman Gautam Adani, and the pop singer "
         "Sting sang. They imposed conservative Muslim policies. Sysco bought rival US Foods "
         "Inc.",
         /* "accused" is no title: without the verb test Zelensky's group was "Trump" */
         "zelensky|person|Volodymyr Zelensky|President Volodymyr Zelensky,Zelensky|\n"
         "adani|person|Gautam Adani|Indian businessman Gautam Adani|India\n"
         "sting|person|Sting|the pop singer|\n"
         "us-foods-inc|organization|US Foods Inc.||\n"},
        {"an occupation names no acronym alone, nor a name before an organisation's head word",
         "The guerrilla FARC group said it would disarm. The guerrilla ELN said it would not.",
         "farc|organization|FARC||\n"
         "eln|organization|ELN||\n"},
        {"a list's last name may follow 'the' after its 'and' or comma",
         "The union joined CSP, GMB and the RCN in pausing strike action.",
         "csp|organization|CSP||\ngmb|organization|GMB||\nrcn|organization|RCN||\n"},
        {"a name listed among three names or more with commas and a closing 'and' counts as a "
         "use; not a list after 'of', one with a title, nor 'and' with no comma",
         "The telecoms regulator on Monday ordered Varto, Bluefin Mobile, Nexa and Tel4All to "
         "cut their charges within a month. Anil Rao, CEO and MD of Varto, said the order was "
         "unfair. Officials at the Ministry of Trade, Industry and Energy declined to comment. "
         "The order came after the Marine Science and Survey Institute and Geodata Kalto found "
         "the charges too high.",
         "varto|organization|Varto||\n"
         "bluefin-mobile|organization|Bluefin Mobile||\n"
         "nexa|organization|Nexa||\n"
         "tel4all|organization|Tel4All||\n"
         "rao|person|Anil Rao||\n"
         "marine-science-and-survey-institute|organization|Marine Science and Survey "
         "Institute||\n"},
        {"a lowercase title before capitalised words, places among them, that end with an "
         "organisation's head word names no person",
         "The official Costa Rica Liberation Party is led by President Ana Mora. Her rivals "
         "in the official Opposition Union Party (OUP) said she had failed.",
         "costa-rica-liberation-party|organization|Costa Rica Liberation Party||\n"
         "mora|person|Ana Mora|President Ana Mora|\n"
         "oup|organization|Opposition Union Party|OUP|\n"},
        {"an organisation's name before a lowercase title and a name is the person's "
         "affiliation, whole, and no actor of its own",
         "New Zealand Council of Trade Unions president Richard Wagstaff said the offer failed.",
         "wagstaff|person|Richard Wagstaff|New Zealand Council of Trade Unions president Richard "
         "Wagstaff|New Zealand Council of Trade Unions\n"},
        {"a surname with its particles; a common word before the title is no group",
         "Commission President Ursula von der Leyen signed it.",
         "leyen|person|Ursula von der Leyen|von der Leyen,Commission President Ursula von der "
         "Leyen|\n"},
        {"a title, 'of' and an acronym alone after a name is the body's, no person",
         "The Canadian Union of Postal Workers (CUPW) rejected it. \"We reject it,\" said Mike "
         "Palecek, President of CUPW.",
         "cupw|organization|Canadian Union of Postal Workers|CUPW|Canada\n"
         "palecek|person|Mike Palecek||\n"},
        {"'counterpart' names the person after it, as an occupation does",
         "Amir-Abdollahian sat down with his French counterpart Catherine Colonna.",
         "colonna|person|Catherine Colonna|French counterpart Catherine Colonna|France\n"},
        {"an appositive's title past an owner's name, within six words, makes a person; an "
         "organisation's title that owns the rest is no head",
         "Marcie Keever, Friends of the Earth's oceans and vessels program director, said no. "
         "Jane Kleeb, the group's program director, said so too.",
         "keever|person|Marcie Keever||\n"
         "kleeb|person|Jane Kleeb||\n"},
        {"the pronoun 'I' after a comma is a speaker, no person of a group",
         "Barnier said: \"In a meeting with all of the UK negotiators, I said the round was "
         "disappointing.\"",
         "barnier|organization|Barnier||\n"
         "uk|country|United Kingdom|UK|\n"},
        {"a portfolio of nouns joined by 'and' before a title and a name is the person's title, "
         "no organisation; not a name before 'and'",
         "Plantation Industries and Commodities Minister Mohd Khairuddin Aman Razali said no. "
         "Joe Biden and Vice President Kamala Harris said yes.",
         "razali|person|Mohd Khairuddin Aman Razali|Plantation Industries and Commodities "
         "Minister Mohd Khairuddin Aman Razali|\n"
         "harris|person|Kamala Harris|Vice President Kamala Harris|\n"},
        {"an honorific and the first word of a person's longer name is that person (a given "
         "name, or a family name written first)",
         "Mr Adenan Satem, the chief minister, said yes. Mr Peter Kallang dismissed Mr Adenan's "
         "claim.",
         "satem|person|Adenan Satem|Mr Adenan Satem,Adenan,Mr Adenan|\n"
         "kallang|person|Peter Kallang|Mr Peter Kallang|\n"},
        {"a capital letter and a period after a capitalised word or another initial are a middle "
         "initial, no end of the name; not after a lowercase word",
         "The judge accused Mr. Alban S. K. Bagbin of dodging the writ, and Bagbin denied it. "
         "George W. Bush said nothing. President Mohamed Muizzu posted on X. Muizzu said no more.",
         "bagbin|person|Alban S. K. Bagbin|Mr. Alban S. K. Bagbin,Bagbin|\n"
         "bush|person|George W. Bush||\n"
         "muizzu|person|Mohamed Muizzu|President Mohamed Muizzu,Muizzu|\n"},
        {"a capital letter and a period after a noun that takes a letter as its label end the "
         "sentence: 'Plan B.', 'Area C.' are no middle initials",
         "The government has no Plan B. Jacinda Ardern said talks would go on. Troops demolished "
         "homes in Area C. Mahmoud Abbas said it was illegal.",
         "ardern|person|Jacinda Ardern||\n"
         "abbas|person|Mahmoud Abbas||\n"},
        {"an organisation's word before a person's title in apposition is no head: the name is a "
         "person's",
         "The council offered a deal. Ann Farrell, a union leader, said the union would reject "
         "it.",
         "farrell|person|Ann Farrell||\n"},
        {"'the' and a demonym for a country's people, plural or as a noun, is the country; not a "
         "demonym before a noun",
         "Netanyahu accused the Americans of bias, and the United States denied it. Canada said "
         "the Chinese had offered talks. The Chinese government agreed.",
         "us|country|United States|the Americans|\n"
         "canada|country|Canada||\n"
         "china|country|China|Chinese,Chinese government,the Chinese|\n"},
        {"'the' and the part of a state a country's form names after the country is the country",
         "China’s commerce ministry urged the United States to stop. The commerce ministry said "
         "talks went on.",
         "china|country|China|China’s commerce ministry,The commerce ministry|\n"
         "us|country|United States||\n"},
        {"an acronym in brackets after the lowercase words it abbreviates is a term, no "
         "organisation",
         "The tribunal revoked the environmental impact assessment (EIA) licence issued by the "
         "National Environment Management Authority (NEMA). The EIA was flawed, NEMA said.",
         "nema|organization|National Environment Management Authority|NEMA|\n"},
        {"an organisation's possessive and a word for a company's part with no name between "
         "is an alias of the organisation",
         "The regulator blocked a merger between TPG Telecom Ltd and Vodafone Group’s unit. "
         "Vodafone said it would appeal, and TPG agreed.",
         "tpg|organization|TPG Telecom Ltd|TPG|\n"
         "vodafone-group|organization|Vodafone Group|Vodafone,Vodafone Group’s unit|\n"},
        {"a lowercase 'government' before 'forces' goes with 'the government'; not after a "
         "demonym",
         "Kenya’s opposition accused the government of Kenya of bribing voters. Kenya denied it, "
         "and the government said so. Fresh clashes between government forces and rebels "
         "followed; Ugandan government forces stayed out.",
         "kenya|country|Kenya|the government,government forces|\n"
         "rebels|group|rebels||\n"
         "uganda|country|Uganda|Ugandan,Ugandan government|\n"},
        {"a capitalised title, 'of' and a country before a name: the title's, no part of the "
         "name",
         "India summoned High Commissioner of Pakistan Sohail Mahmood over a call. Mahmood was "
         "told. President of Ukraine Volodymyr Zelensky said no.",
         "india|country|India||\n"
         "mahmood|person|Sohail Mahmood|High Commissioner of Pakistan Sohail Mahmood,Mahmood|\n"
         "zelensky|person|Volodymyr Zelensky|President of Ukraine Volodymyr Zelensky|\n"},
        {"a capitalised title, 'of the' and its complement before a name: the person's title",
         "Talks on the budget broke down on Tuesday. Leader of the House Maria Ortega said the "
         "talks had failed, and the President of the United States of America Paul "
         "Brennan said he would call them back.",
         "ortega|person|Maria Ortega|Leader of the House Maria Ortega|\n"
         "brennan|person|Paul Brennan|President of the United States of America Paul "
         "Brennan,the President|\n"},
        {"a capitalised title, 'of', 'in' and the body it serves before a name: the last two "
         "words are the holder, the body the holder's group",
         "Leader of Opposition in Rajya Sabha Mallikarjun Kharge raised the matter.",
         "kharge|person|Mallikarjun Kharge|Leader of Opposition in Rajya Sabha Mallikarjun "
         "Kharge|Rajya Sabha\n"},
        {"a bare collective capitalised as a sentence's first word keeps its lowercase form too",
         "Rebels said the army had attacked their positions. The ceasefire came after clashes "
         "between the army and rebels.",
         "rebels|group|Rebels|rebels|\n"},
        {"a full name a comma sets after an occupation, or after a capitalised title that "
         "follows 'the' or a possessive, is a person, whatever follows it",
         "Trade Minister Ivan Petrov met his Latvian counterpart, Ilze Ozola, on Monday. The "
         "ruling party praised the Speaker, Jonas Berg, for keeping order.",
         "petrov|person|Ivan Petrov|Trade Minister Ivan Petrov|\n"
         "ozola|person|Ilze Ozola||\n"
         "berg|person|Jonas Berg|the Speaker|\n"},
        {"two or three words, no English word but maybe the last, right after a capitalised "
         "possessive are a person (initials may open the name); a common word inside, none",
         "The MPs led by Congress’ Meera Gandhi and DMK’s TR Velu staged a walkout. Ofcom's "
         "Windows Pavlu was shown.",
         "gandhi|person|Meera Gandhi||Congress\n"
         "dmk|organization|DMK||\n"
         "velu|person|TR Velu||DMK\n"
         "ofcom|organization|Ofcom||\n"},
        {"an acronym and a name after a lowercase title, 'of' and 'the' are the title's "
         "organisation and the person who holds it; a lone first name is that person",
         "The general secretary of the NASUWT Mia Kellerby accused the minister. I've met Mia "
         "often and I see how Mia makes her case, the minister said.",
         "nasuwt|organization|NASUWT||\n"
         "kellerby|person|Mia Kellerby|Mia|NASUWT\n"},
        {"a name a comma sets after a word a company may be (investor, mediator, contractor) is "
         "no person",
         "The investor, Elliott Management, criticised the board. The mediator, Acas Scotland, "
         "welcomed the talks. The contractor, Balfour Beatty, blamed the council.",
         ""},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Organisations and groups named in the text, and what is no actor. */
static void organisations(void **state)
{
    (void)state;
    static const struct discover_case cases[] = {
        {"a party named by a common word before 'party' has the two words as an alias, and "
         "the word's plural with a capital is that party",
         "The Nationals leader, David Littleproud, quit. Tom Hale said the Liberal party needs "
         "the National party, and the Nationals said no.",
         "nationals|organization|Nationals|National,National party|\n"
         "littleproud|person|David Littleproud|The Nationals leader, David Littleproud|Nationals\n"
         "hale|person|Tom Hale||\n"
         "liberal|organization|Liberal|Liberal party|\n"},
        {"a verb's '-ing' form that is no noun, opening a sentence before a name, opens a "
         "clause: no word of the name; a noun's is one",
         "Ofcom said BT must improve. Responding BT said it was dedicated to improving service. "
         "Building Workers Union members struck.",
         "ofcom|organization|Ofcom||\nbt|organization|BT||\n"
         "building-workers-union|organization|Building Workers Union||\n"},
        {"'&' between capitals joins one name ('T&G', 'W&J')",
         "The T&G and the GMB turned down the offer. T&G national organiser Jack Dromey said no. "
         "The W&J people rejected the deal.",
         "tg|organization|T&G||\ngmb|organization|GMB||\ndromey|person|Jack Dromey|T&G national "
         "organiser Jack Dromey|T&G\n"
         "wj|organization|W&J||\n"},
        {"a government is of no other kind: a kind after its name gives it no alias",
         "The NSW government set a deadline for the Rail, Tram and Bus Union. The NSW transport "
         "union says it will strike. The union said so, and the NSW government said no.",
         "nsw|organization|NSW government|NSW|\n"
         "rail-tram-and-bus-union|organization|Rail, Tram and Bus Union|the union|\n"},
        {"a name the text uses as a place (after 'in', maybe past a word for a part of a land) "
         "owns no actor's things: its possessives count as no more than uses",
         "Activists protested in central Queensland. Queensland's Galilee Basin holds coal. "
         "Queensland's farmers are worried.",
         "activists|group|Activists||\n"},
        {"a name before a collective written as an acronym's plural ('MPs') is a group, as "
         "before a lowercase one; a union's 'Workers' is no such collective",
         "Littleproud quit, as Liberal MPs say the leader is weakened. The United Auto Workers "
         "struck.",
         "liberal-mps|group|Liberal MPs||\n"
         "united-auto-workers|organization|United Auto Workers||\n"},
        {"a capitalised adjective of no place before 'powers' is a group, also as a sentence's "
         "first word; not before another plural",
         "Western powers and Iran have been at loggerheads over a deal. Talks between Iran and "
         "Western powers stalled. Western leaders met.",
         "western-powers|group|Western powers||\n"
         "iran|country|Iran||\n"},
        {"a name after 'the city of' (town, municipality, county) is the city as a body, with "
         "the words as an alias; not after 'in', 'at'...",
         "Diplomats met in the city of Narva. The city of Kerpen set out its plan.",
         "kerpen|organization|Kerpen|city of Kerpen|\n"},
        {"an acronym of the initials of all a name's capitalised words, past 'of', is the "
         "name",
         "The National Union of Teachers called a strike. Later the NUT said it would go on.",
         "nut|organization|National Union of Teachers|NUT|\n"},
        {"a capitalised word before a lowercase head word that a name in apposition gives is "
         "a description of that name, no actor",
         "The Egyptian president's Islamist party, the Muslim Brotherhood, dismissed the "
         "criticism. The Muslim Brotherhood said it would win.",
         "brotherhood|person|Muslim Brotherhood||\n"},
        {"a group named by that description, plural or not, is the name's actor",
         "The Egyptian president's Islamist party, the Muslim Brotherhood, dismissed the "
         "criticism. The Muslim Brotherhood said it would win. The opposition accused the "
         "Islamists of lying, and the Islamists said no.",
         "brotherhood|person|Muslim Brotherhood|Islamists|\n"
         "opposition|group|opposition|The opposition|\n"},
        {"\"X government\" is the coalition or party whose acronym or form X is",
         "The party said it wanted to renegotiate its support for the ruling coalition, "
         "Perikatan Nasional. UMNO is considering withdrawing support for Perikatan Nasional "
         "(PN) and will present new conditions to the PN government.",
         "pn|organization|Perikatan Nasional|PN government,PN|\n"},
        {"a name after a bid, offer or proposal and \"from\" or \"by\" owns it: an actor "
         "named once (its type as a lone name's, an organisation)",
         "It was expected the Commission would reject the bid from Micheal O'Leary.",
         "ec|organization|European Commission|the Commission|\n"
         "micheal-oleary|organization|Micheal O'Leary||\n"},
        {"an appositive's title gives an organisation's kind, after the name or before it; "
         "regulator and watchdog are one kind",
         "Vodafone rejected cuts set by Oftel, the telecoms watchdog. Oftel said the watchdog "
         "would not relent, and the regulator fined Vodafone.",
         "oftel|organization|Oftel|the watchdog,the telecoms watchdog,the regulator|\n"},
        {"... before the name",
         "BT rejected it. The telecoms watchdog, Oftel, fined BT. Oftel said the regulator would "
         "not relent.",
         "oftel|organization|Oftel|the telecoms watchdog,the regulator|\n"},
        {"\"the company\" is the organisation of no public kind that the text names clearly "
         "most; not a union, nor a court",
         "The Rail Union of Kent backed Apple's bid, and the Rail Union of Kent marched; the "
         "Rail Union of Kent won. Apple said Apple's fee was fair, and the Appeal Court sided "
         "with Spotify. Apple and Spotify met. The company said it would appeal.",
         "rail-union-of-kent|organization|Rail Union of Kent||\n"
         "apple|organization|Apple|the company|\n"
         "appeal-court|organization|Appeal Court||\n"
         "spotify|organization|Spotify||\n"},
        {"... nor a central bank named a reserve, nor a treasury",
         "The Federal Reserve criticised Goldman Sachs on Monday. The Federal Reserve said the "
         "bank had failed. The Federal Reserve fined Goldman Sachs. The company said it would "
         "appeal.",
         /* before, "the company" was the Federal Reserve's */
         "federal-reserve|organization|Federal Reserve||\n"
         "goldman-sachs|organization|Goldman Sachs|the company|\n"},
        {"'the', lowercase words or a place and a company's word describe the company the text "
         "names clearly most; not with another place than the first such description's, nor "
         "after another company in the sentence",
         "Apple said its fee was fair. Apple and Spotify met, and Apple won. Apple said so "
         "again. The US tech giant will appeal. The Swedish firm will not. Apple relied on "
         "Orbix Telecom chips after the Chinese telco was banned. Apple said Spotify erred.",
         "apple|organization|Apple|The US tech giant|\n"
         "spotify|organization|Spotify||\n"
         "orbix-telecom|organization|Orbix Telecom||\n"},
        {"an organisation named by another's one-word name, a hyphen and a capital is one "
         "actor with it",
         "The mine of GVK-Hancock Coal won approval. GVK said it was delighted, and GVK "
         "welcomed the decision.",
         "gvk|organization|GVK-Hancock Coal|GVK|\n"},
        {"... but not when the word after the hyphen names an organisation of its own",
         "Renault said on Monday it would cut jobs at its plants. Nissan said it would not follow. "
         "The Renault-Nissan Alliance criticised the French government. Renault criticised "
         "Nissan over the plan, and Nissan rejected the criticism.",
         /* with the rule alone, "renault-nissan-alliance|organization|Renault-Nissan "
          * "Alliance|Renault|" and no renault */
         "renault|organization|Renault||\n"
         "nissan|organization|Nissan||\n"
         "renault-nissan-alliance|organization|Renault-Nissan Alliance||\n"
         "france|country|France|French,French government|\n"},
        {"a name after a complaint and 'from' owns it; a company's part named after its owner's "
         "possessive is the part, with the owner in an alias, and no use of the owner",
         "Fines were imposed on France Telecom's Wanadoo unit in 2003. The inquiry began after a "
         "complaint from Wanadoo.",
         "wanadoo|organization|Wanadoo|France Telecom's Wanadoo unit|\n"},
        {"a name with a head word and 'of' before its officials is an organisation",
         "Bureau of Land Management officials signed off on the project.",
         "bureau-of-land-management|organization|Bureau of Land Management||\n"},
        {"a name right after an inflected verb and 'by' is the agent of a passive: it acts, as a "
         "speaker does (its type as a lone name's, an organisation)",
         "Canada retaliated against the measures imposed by Donald Trump.",
         "canada|country|Canada||\n"
         "donald-trump|organization|Donald Trump||\n"},
        {"a name right after talks, a meeting or conversations and 'with' is a party to them "
         "(an acronym too)",
         "The union said it had conversations with Stellantis and planned to meet with GM.",
         "stellantis|organization|Stellantis||\n"
         "gm|organization|GM||\n"},
        {"a name goes on past a comma with a list of nouns that ends with a union's name, or "
         "with one word after a head word and 'of'; not after a place's name",
         "The South African Commercial, Catering and Allied Workers Union appointed one expert. "
         "The Ministry of Trade, Industry and Energy (MOTIE) filed a complaint. The Bank of "
         "England, Treasury and Financial Conduct Authority met.",
         "south-african-commercial-catering-and-allied-workers-union|organization|South African "
         "Commercial, Catering and Allied Workers Union||South Africa\n"
         "motie|organization|Ministry of Trade, Industry and Energy|MOTIE|\n"
         "bank-of-england|organization|Bank of England||\n"
         "treasury-and-financial-conduct-authority|organization|Treasury and Financial Conduct "
         "Authority||\n"},
        {"a name's head word; its acronym in brackets is an alias and its id; its leaders speak "
         "for it",
         "The Muttahida Qaumi Movement (MQM) quit. MQM leaders met.",
         "mqm|organization|Muttahida Qaumi Movement|MQM|\n"},
        {"a name that is no English word before a body's plural is a group; not a common word",
         "Meanwhile, six Madhesi parties have announced support. Delegates met the Green parties.",
         "madhesi-parties|group|Madhesi parties||\n"},
        {"a tribunal is an organisation by its head word, 'and' inside its name; a court or "
         "tribunal is not what a country's watchdog describes",
         "The Competition and Consumer Protection Tribunal upheld the findings. The UK "
         "Competition and Markets Authority blocked the deal. Activision will appeal to the UK "
         "Competition Appeals Tribunal. Microsoft criticised the decision by a UK watchdog.",
         "competition-and-consumer-protection-tribunal|organization|Competition and Consumer "
         "Protection Tribunal||\n"
         "uk-competition-and-markets-authority|organization|UK Competition and Markets "
         "Authority|UK watchdog|\n"
         "uk-competition-appeals-tribunal|organization|UK Competition Appeals Tribunal||\n"},
        {"a name before a lowercase head word is the organisation whose name is both, "
         "capitalised",
         "Founders hailed the Supreme Court order. MapmyIndia was named in the Supreme court "
         "today. The Supreme Court declined it.",
         "supreme-court|organization|Supreme Court|Supreme|\n"},
        {"a name before an event noun, maybe past one or two lowercase words, is a modifier, "
         "no actor",
         "Goyal countered criticism of the India-European Union free trade agreement. The "
         "Pastoral Land Commission peace talks failed. The Pastoral Land Commission objected.",
         "pastoral-land-commission|organization|Pastoral Land Commission||\n"},
        {"a word with a lowercase prefix before a capital is a name's word; not a hyphenated "
         "one",
         "The uMkhonto weSizwe Party criticised the strike. The pro-Russian plan was sold on "
         "eBay. Apple said iPhone sales rose.",
         "umkhonto-wesizwe-party|organization|uMkhonto weSizwe Party||\n"},
        {"a name ending with a hyphenated participle is a modifier, no actor; before a "
         "collective the group is one",
         "Deuba quit the CPN-UML-led coalition government. MPs in the Scott Morrison-led "
         "government objected. Kremlin-backed separatists fired. The Islamic State-linked "
         "group and Hamas-affiliated media claimed it.",
         "kremlin-backed-separatists|group|Kremlin-backed separatists||\n"},
        {"names apart only by British and American spellings ('Centre', 'Center'; "
         "'Organisation', 'Organization') are one organisation",
         "The Maoist Center, the third party in parliament, has walked out of the coalition. "
         "Earlier, Maoist Centre's General Secretary Dev Gurung had threatened to quit. The "
         "Harbour Workers Organisation said no, and the Harbour Workers Organization struck.",
         "maoist-center|organization|Maoist Center|Maoist Centre|\n"
         "gurung|person|Dev Gurung|Maoist Centre's General Secretary Dev Gurung,General Secretary "
         "Dev Gurung|Maoist Centre\n"
         "harbour-workers-organisation|organization|Harbour Workers Organisation|Harbour Workers "
         "Organization|\n"},
        {"an organisation found under another's bracketed acronym is that other",
         "The Party of National Unity (PNU) rejected it. They are sensing defeat, said PNU "
         "press secretary Dismas Mokua.",
         "pnu|organization|Party of National Unity|PNU|\n"
         "mokua|person|Dismas Mokua|PNU press secretary Dismas Mokua|PNU\n"},
        {"a name ending with a natural feature's word is a place, no actor; before a collective "
         "it qualifies a group",
         "They entered the Hambach Forest to clear the camp. The Hambach Forest was "
         "cleared, RWE said. Pacific Island nations criticised the plan.",
         "rwe|organization|RWE||\n"
         "pacific-island-nations|group|Pacific Island nations||\n"},
        {"a common word's possessive before a head word stays inside a name, and so does the "
         "name's first word's; a later name's possessive ends it, and the party after it is one "
         "of its own",
         "A spokesman for President Mwai Kibaki's Party of National Unity (PNU) rejected it. The "
         "Pakistan People's Party criticised it. McDonald's Corporation said sales fell.",
         "kibaki|person|Mwai Kibaki|President Mwai Kibaki|\n"
         "pnu|organization|Party of National Unity|PNU|\n"
         "pakistan-peoples-party|organization|Pakistan People's Party||\n"
         "mcdonalds-corporation|organization|McDonald's Corporation||\n"},
        {"a sentence's first word that begins a place stays on the name, though alone it is a "
         "stop word",
         "New Zealand Council of Trade Unions criticised the plan.",
         "new-zealand-council-of-trade-unions|organization|New Zealand Council of Trade "
         "Unions||\n"},
        {"a capitalised word before an event noun, or before an organisation's title and its "
         "name, is a modifier and counts for nothing",
         "Voters backed the Brexit deal, and Labour said the Brexit deal stood. Leaders of the "
         "South American bloc Mercosur met South American envoys.",
         "mercosur|organization|Mercosur||\n"},
        {"'the union' or 'the party', when the text uses it, is an alias of each organisation "
         "of that kind: by its name's last word ('Workers' is a union) or the word after its "
         "name; so is 'the junior party'",
         "The president of the United Auto Workers rejected it. Stellantis said it had offered "
         "the union a raise. Voters left the Civic Democratic Party, and the party split. The "
         "Public Affairs party said the junior party would stay.",
         "united-auto-workers|organization|United Auto Workers|the union|\n"
         "stellantis|organization|Stellantis||\n"
         "civic-democratic-party|organization|Civic Democratic Party|the party,the junior "
         "party|\n"
         "public-affairs|organization|Public Affairs|the party,the junior party|\n"},
        {"the first 'the', one lowercase word and an organisation's kind is an alias of each "
         "organisation of that kind too; not 'the other', a capitalised or possessive word",
         "The other union struck. The nation's union agreed, then the "
         "dockworker union and the rail union. The International Longshoremen's Union said so.",
         "international-longshoremens-union|organization|International Longshoremen's "
         "Union|the dockworker union|\n"},
        {"'the' and an organisation's title, when the text uses it, is an alias of each "
         "organisation of that kind: by the title before its name or the last word of its "
         "description; not 'the group'",
         "Jeep parent company Stellantis offered more. The company said so. Australia’s "
         "competition regulator blocked it. The Australian Competition and Consumer Commission "
         "(ACCC) said the regulator was firm. Vodafone Group said the group agreed.",
         "stellantis|organization|Stellantis|the company|\n"
         "accc|organization|Australian Competition and Consumer Commission|ACCC,Australia’s "
         "competition regulator,the regulator|Australia\n"
         "vodafone-group|organization|Vodafone Group||\n"},
        {"an organisation's title before the name", "Jeep parent company Stellantis offered more.",
         "stellantis|organization|Stellantis||\n"},
        {"a name the text uses twice, and its first word alone",
         "Sysco Corp. agreed. The deal values Sysco highly, Sysco said.",
         "sysco-corp|organization|Sysco Corp.|Sysco|\n"},
        {"a possessive before a likeness or a memorial is no sign of an actor; before other "
         "things it is",
         "The crowd stood in front of Mahatma Tagore’s statue. It marched past Vanta Corp’s "
         "gates.",
         "vanta-corp|organization|Vanta Corp||\n"},
        {"a name's first word before a number is no alias of it",
         "He wrote to the Conservative 1922 Committee. May was losing the confidence of "
         "Conservative Members of Parliament.",
         "conservative-members-of-parliament|organization|Conservative Members of "
         "Parliament||\n"},
        {"a place starting a name; legal endings join",
         "US Foods Inc. agreed. US Foods said it would appeal.",
         "us-foods-inc|organization|US Foods Inc.|US Foods|\n"},
        {"sentence-initial common words, datelines, credits and days are no actors",
         "BEIJING (Reuters) - Protests spread on Monday. Rejecting calls, nobody moved.", ""},
        {"a title word inside a name: head words after it, or a head word and 'of' before it "
         "(no name follows); both orders are one organisation",
         "The Department of Justice said it would appeal. Days later the Justice Department "
         "filed its motion, and the Council of Ministers met.",
         "department-of-justice|organization|Department of Justice|Justice Department|\n"
         "council-of-ministers|organization|Council of Ministers||\n"},
        {"one acronym after 'the' names a body, even once",
         "Talks stalled after the ZNU refused to attend.", "znu|organization|ZNU||\n"},
        {"an acronym of a name with hyphenated words takes their capitalised parts",
         "The Harakat Qawmi-e-Islah party walked out. Later the HQI said it would return.",
         "hqi|organization|Harakat Qawmi-e-Islah|HQI|\n"},
        {"an organisation's name after 'in' or 'at' is a venue there",
         "Delegates argued for hours in the Regional Assembly and met at the Trade Ministry.", ""},
        {"... and so is a room and 'of' at any place in the name",
         "Muizzu was given a welcome at the Great Hall of People by Xi Jinping. The People's "
         "National Congress (PNC) said so.",
         "pnc|organization|People's National Congress|PNC|\n"},
        {"a common word's possessive stays inside a name that ends with a head word soon",
         "The People's National Congress said so. The Workers' Democratic Party agreed.",
         "peoples-national-congress|organization|People's National Congress||\n"
         "workers-democratic-party|organization|Workers' Democratic Party||\n"},
        {"a name before 'news agency', 'newspaper' or 'radio' is a source, not an actor",
         "The mayor told the Lakeside Courier newspaper, according to the official KNA news "
         "agency.",
         ""},
        {"a name of two words or more ending in a newspaper's word is a source, not an actor",
         "Chile criticised Peru, the Lakeside Times said. The Lakeside Times also said so.",
         "chile|country|Chile||\n"
         "peru|country|Peru||\n"},
        {"... or in a broadcaster's 'News'",
         "Chile criticised Peru, Lakeside News reported. Lakeside News also said so.",
         "chile|country|Chile||\n"
         "peru|country|Peru||\n"},
        {"a name before a lowercase word for a product, maybe past a closing quotation mark, is "
         "a product, not an actor",
         "Verma said MapmyIndia's 'Mappls' app was better. Users said the Mappls app was good.",
         "verma|organization|Verma||\n"
         "mapmyindia|organization|MapmyIndia||\n"
         "users|group|Users||\n"},
        {"a name before a lowercase word for a works, maybe past what it yields, is a thing, not "
         "an actor",
         "Adani signed a deal for the Carmichael coal mine. The Keystone XL pipeline and the "
         "Belo Monte hydroelectric dam were approved.",
         ""},
        {"a plural's apostrophe inside a name", "The Harbour Pilots' Association walked out.",
         "harbour-pilots-association|organization|Harbour Pilots' Association||\n"},
        {"after a dateline's dash the first word starts a sentence",
         "LAKEVILLE \xE2\x80\x94 The Marlow administration said it would appeal.",
         "marlow-administration|organization|Marlow administration||\n"},
        {"an empty line ends a name, even after an abbreviation's full stop",
         "The court stopped the sale to Northway Freight Ltd.\n\nAnalysts expected more.",
         "northway-freight-ltd|organization|Northway Freight Ltd.||\n"},
        {"the first of two one-word names that speak together speaks",
         "Regulators blocked the deal, and Zentrix and Halvorsen said they would appeal.",
         "zentrix|organization|Zentrix||\n"
         "halvorsen|organization|Halvorsen||\n"},
        {"names on a list whose first follows 'in' are places too",
         "Clashes spread in Ostrava, Kell Basin and Tarn. By night, fighting in Tarn and Kell "
         "Basin had stopped.",
         ""},
        {"a quantifier starting a sentence is no part of the group after it",
         "Several Pellham workers joined the walkout.",
         "pellham-workers|group|Pellham workers||\n"},
        {"'and' inside a name that ends with a head word",
         "The Competition and Markets Authority blocked the deal.",
         "competition-and-markets-authority|organization|Competition and Markets Authority||\n"},
        {"a name after 'quoted by', maybe with 'the', is the outlet that quotes, no actor",
         "\"We will build the dam,\" Peter Kallang was quoted by The Clarion as saying. Kallang "
         "spoke, as quoted by the Borneo Post.",
         "kallang|person|Peter Kallang|Kallang|\n"},
        {"a titled person after 'quoted by' is no outlet: 'quoted by Senator Ellen Marsh'",
         "The figure was quoted by Senator Ellen Marsh at a hearing. Marsh criticised the bank.",
         "marsh|person|Ellen Marsh|Senator Ellen Marsh|\n"},
        {"a name that ends with a law's or a pact's word is a thing, and so is the short form in "
         "brackets after it, wherever the text uses it",
         "Kenya threatened Ghana's place in the African Growth and Opportunity Act (Agoa). Agoa, "
         "renewed by US lawmakers in June, helps Ghana. The Paris Agreement was signed.",
         "kenya|country|Kenya||\n"
         "ghana|country|Ghana||\n"
         "us-lawmakers|group|US lawmakers||United States\n"},
        {"a name after its owner and before a lowercase 'service' is the service, a product, no "
         "actor",
         "The Maritime Union criticised Maersk. Maersk said it would move its Southern Star "
         "service to Tauranga.",
         "maritime-union|organization|Maritime Union||\n"
         "maersk|organization|Maersk||\n"},
        {"... only after an owner: 'the Royal Mail service' is a company's",
         "Strikes hit the Royal Mail service, and the CWU union blamed Royal Mail bosses.",
         "royal-mail|organization|Royal Mail||\n"
         "cwu|organization|CWU||\n"},
        {"acronyms of terms and with digits are no organisations",
         "LNG exports rose. The LNG price and CO2 output fell, CO2 data showed.", ""},
        {"a plural of a common noun, capitalised: a group (a sentence's first word counts only "
         "with more to show: here ', who')",
         "Governor Greg Abbott vetoed the bill after Democrats walked out. Democrats, who broke "
         "quorum, said they would sue.",
         "abbott|person|Greg Abbott|Governor Greg Abbott|\n"
         "democrats|group|Democrats||\n"},
        {"a capitalised word that ends a company's name (Finance, Lines, Capital...) ends an "
         "organisation's name; in lowercase it is a common noun",
         "The regulator fined Korvel Finance on Monday. Tasman Container Lines and Harbour "
         "Capital welcomed it. The Kenyan capital was calm, and the Android mobile ecosystem "
         "grew.",
         "korvel-finance|organization|Korvel Finance||\n"
         "tasman-container-lines|organization|Tasman Container Lines||\n"
         "harbour-capital|organization|Harbour Capital||\n"},
        {"a capitalised head word's 'for' goes on with the name, as its 'of' does, past a "
         "comma list that ends with one word",
         "The union accused the Department for Education of ignoring teachers. The Department "
         "for Levelling Up, Housing and Communities told reporters it would appeal.",
         "department-for-education|organization|Department for Education||\n"
         "department-for-levelling-up-housing-and-communities|organization|Department for "
         "Levelling Up, Housing and Communities||\n"},
        {"a name that runs over lowercase joining words to a bracketed acronym of its "
         "initials is one organisation's name",
         "The Tarn Valley Action on Climate Change (TVACC) said it would appeal. The Campaign "
         "Against Arms Trade (CAAT) criticised the sale.",
         "tvacc|organization|Tarn Valley Action on Climate Change|TVACC|\n"
         "caat|organization|Campaign Against Arms Trade|CAAT|\n"},
        {"a capitalised 'All' before a place that leads a name is the name's first word, and "
         "no name alone",
         "The All India Bank Employees Association urged the regulator to act. Leaders of the "
         "All Nigeria Peoples Party criticised the plan.",
         "all-india-bank-employees-association|organization|All India Bank Employees "
         "Association||\n"
         "all-nigeria-peoples-party|organization|All Nigeria Peoples Party||\n"},
        {"a capitalised word, a hyphen and a lowercase word before a name is a modifier, no "
         "word of the name",
         "The Brexit-supporting European Research Group rejected the deal. Jacob Rees-Mogg said "
         "so.",
         "european-research-group|organization|European Research Group||\n"
         "rees-mogg|person|Jacob Rees-Mogg||\n"},
        {"a prefix and a hyphen (Co-, Anti-, Non-) are the first word of a name, no modifier "
         "before it",
         "The Co-operative Party criticised the plan. The Non-aligned Movement condemned the "
         "strike, and the Anti-corruption Commission charged the minister.",
         "co-operative-party|organization|Co-operative Party||\n"
         "non-aligned-movement|organization|Non-aligned Movement||\n"
         "anti-corruption-commission|organization|Anti-corruption Commission||\n"},
        {"a capitalised Centre's or Center's 'for' goes on with the name as a head word's "
         "does; a lowercase centre is a place",
         "The Centre for Policy Studies criticised the plan. The Center for Biological Diversity "
         "sued the agency. The Campaign for Nuclear Disarmament condemned the test. Crowds "
         "filled the city centre.",
         "centre-for-policy-studies|organization|Centre for Policy Studies||\n"
         "center-for-biological-diversity|organization|Center for Biological Diversity||\n"
         "campaign-for-nuclear-disarmament|organization|Campaign for Nuclear Disarmament||\n"},
        {"Centre or Center without its 'for' ends no organisation's name: such names are as "
         "often places",
         "Protesters gathered in Manchester City Centre to denounce the plan. Terrorists "
         "attacked the World Trade Center.",
         "protesters|group|Protesters||\n"},
        {"a head word's 'for' does not go on with a name of its own after it, one that ends with "
         "a place in capitals or a head word; it does before a place",
         "The MP left the Conservative Party for Reform UK. Another left the Labour Party for "
         "Alba Party. The Department for Northern Ireland said nothing.",
         "conservative-party|organization|Conservative Party||\n"
         "labour-party|organization|Labour Party||\n"
         "alba-party|organization|Alba Party||\n"
         "department-for-northern-ireland|organization|Department for Northern Ireland||\n"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Bare collectives: lowercase plurals of people or bodies, maybe after a modifier or two joined
 * by "and", with no name, place or possessive before them. */
static void collectives(void **state)
{
    (void)state;
    static const struct discover_case cases[] = {
        {"a collective with a modifier, one actor across case, with 'the' as written",
         "Green groups condemned the mine, and the green groups said they would sue.",
         "green-groups|group|Green groups|green groups,the green groups|\n"},
        {"'opposition' only after 'the' or before a plural; a body's plural only after a "
         "modifier",
         "The opposition rejected the budget. Opposition parties walked out. Parties met.",
         "opposition|group|opposition|The opposition,Opposition parties|\n"},
        {"'opposition parties' after a possessive are the opposition too",
         "The opposition walked out. Nepal's Opposition parties tabled a motion.",
         "opposition|group|opposition|The opposition,Opposition parties|\n"},
        {"two modifiers joined by 'and'; one actor per head",
         "Trainee doctors walked out. The resident and intern doctors said the plan was unsafe.",
         "trainee-doctors|group|Trainee doctors|resident and intern doctors,The resident and "
         "intern doctors,intern doctors|\n"},
        {"'the opposition to (of, from) ...' is a stance, no group",
         "The opposition to the mine grew, and the opposition from farmers was loud.",
         "farmers|group|farmers||\n"},
        {"'the opposition' before a person's title or noun describes that person, no group",
         "Activists say the opposition leader is weakened, and the opposition spokesman agreed.",
         "activists|group|Activists||\n"},
        {"'the opposition' before a name describes that party, no group",
         "Activists say the opposition Socialists won the vote, and the opposition Freedom Party "
         "agreed.",
         "activists|group|Activists||\nfreedom-party|organization|Freedom Party||\n"},
        {"a collective before 'from' and a name that is no place is that body's, no group; "
         "alone it is one",
         "Lawmakers from the Basque Nationalist Party backed the motion. Lawmakers from Spain and "
         "activists cheered.",
         "basque-nationalist-party|organization|Basque Nationalist Party||\n"
         "lawmakers|group|Lawmakers||\n"
         "spain|country|Spain||\n"
         "activists|group|activists||\n"},
        {"a plural after a singular determiner modifies the noun after it",
         "Gunmen attacked a police station, and a farmers market closed.", ""},
        {"a count is no modifier", "A dozen activists condemned the mine.",
         "activists|group|activists||\n"},
        {"a word of comparison is no modifier",
         "Nurses are offered less than teachers, the union said.",
         "nurses|group|Nurses||\nteachers|group|teachers||\n"},
        {"a modifier's body plural and its members named by the modifier with 'ists' or 's' "
         "are one group",
         "Environmental groups met the miner. The environmentalists said the talks failed.",
         "environmental-groups|group|Environmental groups|environmentalists,The "
         "environmentalists|\n"},
        {"a body's plural is no head shared: two modifiers, two groups",
         "Green groups condemned the mine. Farm groups backed it.",
         "green-groups|group|Green groups||\nfarm-groups|group|Farm groups||\n"},
        {"no verb form as a modifier, nor a part after 'of'",
         "The protesting farmers met a group of nurses.", "farmers|group|farmers||\n"},
        {"a bare plural right after a verb is its object, unless it owns what follows",
         "The ministry values nurses but met unions' demands.", "unions|group|unions||\n"},
        {"and so is the next bare plural on its list",
         "The ministry values nurses, doctors and teachers. Activists, unions and farmers "
         "protested.",
         "activists|group|Activists||\nunions|group|unions||\nfarmers|group|farmers||\n"},
    };
    check_cases(cases, sizeof cases / sizeof cases[0]);
    static const struct discover_case stance_cases[] = {
        {"a collective with a part in a stance is kept; one named in passing is not",
         "Environmental groups condemned the approval. The report mentions the unions.",
         "environmental-groups\nunions\n/\nenvironmental-groups\n"},
    };
    check_cases_as(stance_cases, 1, 1);
}

/* Which actors found take part in a stance: a cue in a sentence naming them, a verb after their
 * name, a list with an actor kept; the others are left out. */
static void stance(void **state)
{
    (void)state;
    static const struct discover_case cases[] = {
        {"a sentence with a stance cue keeps every actor it names; one named in passing, with "
         "no cue and no verb of its own, is left out",
         "Chile criticised Peru over the fishing quota. The quota dates from the years of the "
         "Soviet Union.",
         "chile\nperu\nsoviet-union\n/\nchile\nperu\n"},
        {"an actor whose name a verb follows acts, also past an appositive set off by commas; "
         "an owner does not",
         "Lena Varga, the Hungarian envoy, said the meeting was useful. Estonia's ports were "
         "busy.",
         "varga\nestonia\n/\nvarga\n"},
        {"a list item may be an owner's possessive and the person it owns: the list acts with "
         "its last item, and the owner is no item of it",
         "In the house, MPs of Congress’ Meera Gandhi and DMK’s TR Velu staged a walkout.",
         "gandhi\ndmk\nvelu\n/\ngandhi\nvelu\n"},
        {"a verb of saying before the name: the speaker acts",
         "\"We will wait,\" said Maria Olsen. The ship sailed past Malta.",
         "olsen\nmalta\n/\nolsen\n"},
        {"a verb of saying before a description, a comma and the name: the speaker acts; not "
         "after another verb",
         "\"The signs are clear,\" said one senior party leader, Jonas Berg. The list named an "
         "aide to the mayor, Erik Lund.",
         "berg\nlund\n/\nberg\n"},
        {"the name after 'told' is the one told, no speaker: neither found for it nor kept",
         "Prices will rise, Patrick Hutchinson told AAP. Prices will rise, the minister told "
         "Denmark. Sweden agreed.",
         "hutchinson\ndenmark\nsweden\n/\nhutchinson\nsweden\n"},
        {"a verb of saying before a description of lowercase words with no comma and the "
         "name: the speaker acts",
         "\"The rooms are small,\" said special education teacher Katie Osgood.",
         "osgood\n/\nosgood\n"},
        {"a verb's inflected form and 'by', maybe with 'the', before the name: the agent acts; "
         "not after a form that is its own base",
         "The licence was issued by the National Environment Management Authority in 2019. The "
         "report was read by Sweden.",
         "national-environment-management-authority\nsweden\n/\n"
         "national-environment-management-authority\n"},
        {"a verb WordNet knows only without 're' ('redrafted') follows the name: it acts",
         "Late on Friday India and Chile redrafted the passage. The ship sailed past Malta.",
         "india\nchile\nmalta\n/\nindia\nchile\n"},
        {"after a plural name, a verb's base form that is no noun is its present tense: it "
         "acts; not after a singular name",
         "Chilean officials insist the quota is fair. Malta insist on nothing.",
         "chilean-officials\nmalta\n/\nchilean-officials\n"},
        {"a description after a comma that no comma closes, then a verb of saying that ends "
         "the clause, or a finite verb before a colon: the name before it acts",
         "Jonas Berg, head of operations at the Kalto Fishing Company reiterated: \xE2\x80\x9CWe "
         "will "
         "wait.\xE2\x80\x9D Lena Varga, a union leader and spokesperson for the Harbour Council "
         "said. "
         "The ship sailed past Malta.",
         "berg\nkalto-fishing-company\nvarga\nharbour-council\nmalta\n/\nberg\nvarga\n"},
        {"a name right after a preposition, maybe with 'the', is its object: the verb after "
         "it is another's",
         "A spokesperson for the Harbour Council said the quota was too small. The people of "
         "Malta were heard. Chile agreed.",
         "harbour-council\nmalta\nchile\n/\nchile\n"},
        {"a name right after 'in', maybe with 'the', is where a cue's stance is taken: the "
         "cue keeps it not",
         "Peru condemned the vote in the Fishing Council.", "peru\nfishing-council\n/\nperu\n"},
        {"' on' and a weekday between the name and its verb",
         "Malta on Thursday said it had no plan. The ship avoided Sweden.",
         "malta\nsweden\n/\nmalta\n"},
        {"a noun and 'by', maybe with 'the', before the name: its author acts; not after a "
         "participle written as its base ('read by')",
         "Delegates studied a resolution by the IAEA. The ship sailed past Malta. The plan was "
         "read by Sweden.",
         "iaea\nmalta\nsweden\n/\niaea\n"},
        {"a bracketed short form between the name and its verb, or the verb after the "
         "bracketed form that names it",
         "“The quota is fair,” the Fisheries Authority of Chile (Fac) said in its letter. The "
         "Boat Owners Association of Peru (BOAP) responded to the quota. The ship sailed past "
         "Malta.",
         "fisheries-authority-of-chile\nboap\nmalta\n/\nfisheries-authority-of-chile\nboap\n"},
        {"an adverb such as 'meanwhile' between the name and its verb",
         "Opposition leader Hamzah Zainudin meanwhile arrived at the hall.",
         "zainudin\n/\nzainudin\n"},
        {"a body named only after a title and 'of' is the holder's: the sentence's cue is no "
         "stance of its own, and a name acting is kept",
         "Jonas Berg, general secretary of the Harbour Workers Association, criticised Chile. "
         "The co-chairs of the Fishing Caucus welcomed the quota. The Fishing Caucus met on "
         "Monday.",
         "berg\nharbour-workers-association\nchile\nfishing-caucus\n/\nberg\nchile\n"
         "fishing-caucus\n"},
        {"names that go on a list from common nouns after a comma are topics: the cue keeps "
         "none of them; a list of names alone shares the cue",
         "The two leaders pledged closer cooperation with each other on trade, counter-terrorism, "
         "Iran and Pakistan. Chile criticised Peru, Bolivia and Ecuador.",
         "iran\npakistan\nchile\nperu\nbolivia\necuador\n/\nchile\nperu\nbolivia\necuador\n"},
        {"a list joined by 'and' shares what keeps one of its actors; a name alone does not",
         "Denmark condemned the plan. The route runs past Denmark, Finland and Iceland. It "
         "avoids Sweden.",
         "denmark\nfinland\niceland\nsweden\n/\ndenmark\nfinland\niceland\n"},
    };
    check_cases_as(cases, sizeof cases / sizeof cases[0], 1);
    /* a description that starts the text: nothing before it is read, not even a verb of
     * saying that the memory before the text happens to hold */
    static const char said[] = "\"Yes,\" said the Senior leader, Jonas Berg.";
    static const struct discover_case first[] = {
        {"a description and a comma at the start of the text: no verb of saying before it",
         said + 16, "berg\n/\n"},
    };
    check_cases_as(first, 1, 1);
}

/* The actors before `first` (a lexicon's own, with --discover) are kept even when named in
 * passing. */
static void stance_lexicon_first(void **state)
{
    (void)state;
    static const char text[] = "The ship sailed past Malta. It avoided Sweden.";
    struct sg_gazetteer gazetteer;
    struct sg_model found;
    int keep[2] = {-1, -1};
    assert_int_equal(sg_lemma_init(), 0);
    assert_int_equal(sg_gazetteer_builtin(&gazetteer), SG_OK);
    sg_model_init(&found);
    assert_int_equal(sg_discover_actors(text, strlen(text), &gazetteer, &found), SG_OK);
    assert_int_equal(found.actor_count, 2);
    assert_int_equal(sg_stance_actors_mark(text, strlen(text), NULL, &found, 1, keep), SG_OK);
    assert_int_equal(keep[0], 1); /* Malta, first */
    assert_int_equal(keep[1], 0); /* Sweden */
    sg_model_destroy(&found);
    sg_gazetteer_destroy(&gazetteer);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(places),        cmocka_unit_test(people),
        cmocka_unit_test(organisations), cmocka_unit_test(collectives),
        cmocka_unit_test(stance),        cmocka_unit_test(stance_lexicon_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
