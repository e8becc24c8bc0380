"""The texts and hand annotations of the second BLIND test set (built by ``build_blind2.py``).

Thirty-six news passages written for this set (none copied from a real article; people,
companies and events are invented, places are real, and the one real celebrity named is
only mentioned), in the mix of real held-out news: local US news with datelines and state
agencies, sports reports with clubs named after cities, UK/Irish/Australian/NZ/Canadian
politics and courts, international news with non-Latin-origin names, business and science
news with organisations named after places, and passages built around hard dates. Every
passage has a publication date, so every DATE value is resolved against it.

This set is a held-out measure: nobody may tune a rule on it or hold the heuristics to
thresholds on it. It was annotated by the labeling spec by someone who never looked at the
heuristics or their output. Annotations follow ``build_gold.py``: ``(label, surface,
occurrence, extra)``, with ``[...]`` marking the span inside a longer context and ``"all"``
for a name wherever it occurs in the content (``skip`` lists prefixes that rule a match
out, such as an organisation's name that contains the place).
"""

from __future__ import annotations

from typing import Any

D, I = "direct", "indirect"  # noqa: E741 - short names keep the tables readable


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


# Each passage: id, published (meta.published), text, annotations.
PASSAGES: list[dict[str, Any]] = [
    # == Local US news ===================================================================
    # -- AP dateline, state agency, a police chief whose surname is a country -------------
    {
        "id": "blind2-01-local-boil-water",
        "published": "2025-07-10",
        "text": _text(
            "Kerrville under boil-water notice after main break",
            "KERRVILLE, Texas (AP) — Residents of this Hill Country city were told to boil their "
            "tap water on Wednesday after a 24-inch main ruptured beneath Sidney Baker Street, "
            "city officials said.",
            "The Texas Commission on Environmental Quality said that samples taken late Wednesday "
            "showed a drop in pressure across much of the system. The notice will stay in place "
            "until at least Saturday, according to the agency.",
            "“We’re asking everyone to be patient with us,” City Manager Dalton Reyes told "
            "reporters outside City Hall. “Crews have been working through the night, and "
            "they’ll keep at it.”",
            "Kerr County Judge Marta Villalobos said the county had set up water distribution "
            "points in Ingram and Center Point. Police Chief Kayla Jordan urged drivers to avoid "
            "the area. Jordan said two lanes of Sidney Baker Street would stay closed through "
            "the weekend.",
            "A similar break in 2019 left parts of the city without water for three days.",
        ),
        "gold": [
            ("PLACE", "Kerrville", "all", {}),
            ("PLACE", "KERRVILLE", 0, {}),
            ("PLACE", "Texas", 0, {}),
            ("PLACE", "Hill Country", 0, {}),
            ("QUOTE", "Residents of this Hill Country city were told to boil their tap water on "
             "Wednesday after a 24-inch main ruptured beneath Sidney Baker Street", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("DATE", "on [Wednesday] after", 0, {"value": "2025-07-09"}),
            ("SPEAKER", "city officials", 0, {"key": "officials"}),
            ("SPEAKER", "The Texas Commission on Environmental Quality", 0, {"key": "tceq"}),
            ("QUOTE", "samples taken late Wednesday showed a drop in pressure across much of the "
             "system", 0, {"quote_type": I, "said_by": "tceq"}),
            ("DATE", "late Wednesday", 0, {"value": "2025-07-09"}),
            ("QUOTE", "The notice will stay in place until at least Saturday", 0,
             {"quote_type": I, "said_by": "agency"}),
            ("DATE", "Saturday", 0, {"value": "2025-07-12"}),
            ("SPEAKER", "according to [the agency]", 0,
             {"key": "agency", "resolved": "Texas Commission on Environmental Quality"}),
            ("QUOTE", "We’re asking everyone to be patient with us,", 0,
             {"quote_type": D, "said_by": "reyes"}),
            ("SPEAKER", "Dalton Reyes", 0, {"key": "reyes"}),
            ("QUOTE", "Crews have been working through the night, and they’ll keep at it.", 0,
             {"quote_type": D, "said_by": "reyes"}),
            ("PLACE", "Kerr County", 0, {}),
            ("SPEAKER", "Marta Villalobos", 0, {"key": "villalobos"}),
            ("QUOTE", "the county had set up water distribution points in Ingram and Center "
             "Point", 0, {"quote_type": I, "said_by": "villalobos"}),
            ("PLACE", "Ingram", 0, {}),
            ("PLACE", "Center Point", 0, {}),
            ("SPEAKER", "Kayla Jordan", 0, {"key": "jordan0"}),
            ("QUOTE", "avoid the area", 0, {"quote_type": I, "said_by": "jordan0"}),
            ("SPEAKER", "[Jordan] said", 0, {"key": "jordan1"}),
            ("QUOTE", "two lanes of Sidney Baker Street would stay closed through the weekend", 0,
             {"quote_type": I, "said_by": "jordan1"}),
            ("DATE", "the weekend", 0, {"value": "2025-W28-WE"}),
            ("DATE", "2019", 0, {"value": "2019"}),
        ],
    },
    # -- Local TV, city council, TxDOT (a place inside an agency's name) -----------------
    {
        "id": "blind2-02-local-austin-cap",
        "published": "2025-02-18",
        "text": _text(
            "Austin council delays vote on I-35 cap park money",
            "AUSTIN (KXAN) — The Austin City Council postponed a vote on funding for a deck park "
            "over Interstate 35 until next month, council members said Tuesday evening.",
            "Council Member Lucía Ortega-Sandoval, who represents District 9, said that the city "
            "“cannot afford to blink” on the project. “If we lose this window, the federal "
            "money goes to Dallas or Houston,” she said.",
            "The Texas Department of Transportation said in a statement that construction on the "
            "downtown segment remains on schedule for completion in 2028. A TxDOT spokeswoman, "
            "Brenda Castillo, added that lane closures near Cesar Chavez Street would continue "
            "through the summer.",
            "Some residents of East Austin, where the original highway split neighborhoods in the "
            "1960s, urged the council to move faster. “We have waited sixty years for this,” "
            "said Harold Beasley, 71, who grew up near Rosewood Avenue.",
            "The council is expected to take up the item again on March 6.",
        ),
        "gold": [
            ("PLACE", "[Austin] council", 0, {}),
            ("PLACE", "AUSTIN", 0, {}),
            ("QUOTE", "The Austin City Council postponed a vote on funding for a deck park over "
             "Interstate 35 until next month", 0, {"quote_type": I, "said_by": "members"}),
            ("DATE", "next month", 0, {"value": "2025-03"}),
            ("SPEAKER", "council members", 0, {"key": "members"}),
            ("DATE", "Tuesday evening", 0, {"value": "2025-02-18TEV"}),
            ("SPEAKER", "Lucía Ortega-Sandoval", 0, {"key": "ortega"}),
            ("QUOTE", "the city “cannot afford to blink” on the project", 0,
             {"quote_type": I, "said_by": "ortega"}),
            ("QUOTE", "cannot afford to blink", 0, {"quote_type": D, "said_by": "ortega"}),
            ("QUOTE", "If we lose this window, the federal money goes to Dallas or Houston,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("PLACE", "Dallas", 0, {}),
            ("PLACE", "Houston", 0, {}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Lucía Ortega-Sandoval"}),
            ("SPEAKER", "The Texas Department of Transportation", 0, {"key": "txdot"}),
            ("QUOTE", "construction on the downtown segment remains on schedule for completion "
             "in 2028", 0, {"quote_type": I, "said_by": "txdot"}),
            ("DATE", "2028", 0, {"value": "2028"}),
            ("SPEAKER", "Brenda Castillo", 0, {"key": "castillo"}),
            ("QUOTE", "lane closures near Cesar Chavez Street would continue through the summer",
             0, {"quote_type": I, "said_by": "castillo"}),
            ("DATE", "the summer", 0, {"value": "2025-SU"}),
            ("SPEAKER", "Some residents of East Austin", 0, {"key": "residents"}),
            ("PLACE", "East Austin", 0, {}),
            ("DATE", "the 1960s", 0, {"value": "196"}),
            ("QUOTE", "move faster", 0, {"quote_type": I, "said_by": "residents"}),
            ("QUOTE", "We have waited sixty years for this,", 0,
             {"quote_type": D, "said_by": "beasley"}),
            ("SPEAKER", "Harold Beasley", 0, {"key": "beasley"}),
            ("DATE", "March 6", 0, {"value": "2025-03-06"}),
        ],
    },
    # -- Local TV, sheriff's office, a woman named Florence ------------------------------
    {
        "id": "blind2-03-local-missing-woman",
        "published": "2024-10-03",
        "text": _text(
            "Missing Grove City woman, 84, found safe in woods",
            "COLUMBUS, Ohio (WCMH) — An 84-year-old Grove City woman who had been missing since "
            "Tuesday was found safe early Thursday in a wooded area near Scioto Grove Metro "
            "Park, the Franklin County Sheriff's Office said.",
            "Deputies said Florence Whitaker walked away from her home on Tuesday afternoon. A "
            "drone crew spotted her about two miles away, according to Sgt. Marcus Bell.",
            "\"She was cold and a little confused, but she was talking to us,\" Bell said. "
            "\"That's the best outcome we could have hoped for.\"",
            "Her daughter, Denise Whitaker, thanked the dozens of volunteers who searched through "
            "the night. She said her mother had been diagnosed with dementia last year and had "
            "never wandered before.",
            "Whitaker was taken to Mount Carmel Grove City as a precaution. The sheriff's office "
            "reminded families that the state's Endangered Missing Adult Alert can be requested "
            "by calling 911.",
        ),
        "gold": [
            ("PLACE", "Grove City", "all", {"skip": ("Grove City as",)}),
            ("PLACE", "COLUMBUS", 0, {}),
            ("PLACE", "Ohio", 0, {}),
            ("QUOTE", "An 84-year-old Grove City woman who had been missing since Tuesday was "
             "found safe early Thursday in a wooded area near Scioto Grove Metro Park", 0,
             {"quote_type": I, "said_by": "sheriff"}),
            ("DATE", "since [Tuesday] was", 0, {"value": "2024-10-01"}),
            ("DATE", "early Thursday", 0, {"value": "2024-10-03"}),
            ("SPEAKER", "the Franklin County Sheriff's Office", 0, {"key": "sheriff"}),
            ("SPEAKER", "Deputies", 0, {"key": "deputies"}),
            ("QUOTE", "Florence Whitaker walked away from her home on Tuesday afternoon", 0,
             {"quote_type": I, "said_by": "deputies"}),
            ("DATE", "Tuesday afternoon", 0, {"value": "2024-10-01TAF"}),
            ("QUOTE", "A drone crew spotted her about two miles away", 0,
             {"quote_type": I, "said_by": "bell0"}),
            ("SPEAKER", "Marcus Bell", 0, {"key": "bell0"}),
            ("QUOTE", "She was cold and a little confused, but she was talking to us,", 0,
             {"quote_type": D, "said_by": "bell1"}),
            ("SPEAKER", "[Bell] said", 0, {"key": "bell1"}),
            ("QUOTE", "That's the best outcome we could have hoped for.", 0,
             {"quote_type": D, "said_by": "bell1"}),
            ("SPEAKER", "[She] said", 0, {"key": "she", "resolved": "Denise Whitaker"}),
            ("QUOTE", "her mother had been diagnosed with dementia last year and had never "
             "wandered before", 0, {"quote_type": I, "said_by": "she"}),
            ("DATE", "last year", 0, {"value": "2023"}),
            ("SPEAKER", "The sheriff's office", 0,
             {"key": "office", "resolved": "Franklin County Sheriff's Office"}),
            ("QUOTE", "the state's Endangered Missing Adult Alert can be requested by calling 911",
             0, {"quote_type": I, "said_by": "office"}),
        ],
    },
    # -- Hurricane debris, county government, FEMA ---------------------------------------
    {
        "id": "blind2-04-local-debris",
        "published": "2024-10-29",
        "text": _text(
            "Lee County starts second round of storm debris pickup",
            "FORT MYERS, Fla. — Lee County will begin a second pass of storm debris collection "
            "next Monday, county officials announced, nearly three weeks after the hurricane tore "
            "through Southwest Florida.",
            "The county has already hauled away more than 1.2 million cubic yards, Public Works "
            "Director Aaron Delgado told commissioners at a meeting Tuesday morning. He warned "
            "that residents in Cape Coral and on Pine Island should not put debris in the "
            "roadway.",
            "“People are exhausted,” said Commissioner Teresa Quiñones. “They’ve been through "
            "two storms in one season, and they want their streets back.”",
            "FEMA said that it had approved $48 million in individual assistance for Lee County "
            "households as of Monday. The agency has opened recovery centers in Fort Myers Beach "
            "and Bonita Springs.",
            "The hurricane made landfall on Oct. 9 near Siesta Key.",
        ),
        "gold": [
            ("PLACE", "Lee County", "all", {}),
            ("PLACE", "FORT MYERS", 0, {}),
            ("PLACE", "Fla.", 0, {}),
            ("QUOTE", "Lee County will begin a second pass of storm debris collection next "
             "Monday", 0, {"quote_type": I, "said_by": "officials"}),
            ("DATE", "next Monday", 0, {"value": "2024-11-04"}),
            ("SPEAKER", "county officials", 0, {"key": "officials"}),
            ("PLACE", "Southwest Florida", 0, {}),
            ("QUOTE", "The county has already hauled away more than 1.2 million cubic yards", 0,
             {"quote_type": I, "said_by": "delgado"}),
            ("SPEAKER", "Aaron Delgado", 0, {"key": "delgado"}),
            ("DATE", "Tuesday morning", 0, {"value": "2024-10-29TMO"}),
            ("SPEAKER", "[He] warned", 0, {"key": "he", "resolved": "Aaron Delgado"}),
            ("QUOTE", "residents in Cape Coral and on Pine Island should not put debris in the "
             "roadway", 0, {"quote_type": I, "said_by": "he"}),
            ("PLACE", "Cape Coral", 0, {}),
            ("PLACE", "Pine Island", 0, {}),
            ("QUOTE", "People are exhausted,", 0, {"quote_type": D, "said_by": "quinones"}),
            ("SPEAKER", "Teresa Quiñones", 0, {"key": "quinones"}),
            ("QUOTE", "They’ve been through two storms in one season, and they want their "
             "streets back.", 0, {"quote_type": D, "said_by": "quinones"}),
            ("SPEAKER", "FEMA", 0, {"key": "fema"}),
            ("QUOTE", "it had approved $48 million in individual assistance for Lee County "
             "households as of Monday", 0, {"quote_type": I, "said_by": "fema"}),
            ("DATE", "as of [Monday]", 0, {"value": "2024-10-28"}),
            ("PLACE", "Fort Myers Beach", 0, {}),
            ("PLACE", "Bonita Springs", 0, {}),
            ("DATE", "Oct. 9", 0, {"value": "2024-10-09"}),
            ("PLACE", "Siesta Key", 0, {}),
        ],
    },
    # -- AP, a state agency whose name contains "Great Lakes", a resident named Jordan ----
    {
        "id": "blind2-05-local-flint-pipes",
        "published": "2025-04-22",
        "text": _text(
            "Flint nears end of lead pipe work, state says",
            "FLINT, Mich. (AP) — Michigan's environmental agency said Monday that Flint has now "
            "replaced or inspected service lines at more than 97% of the homes on its list, a "
            "decade after the city's water crisis began.",
            "The Michigan Department of Environment, Great Lakes, and Energy told a federal judge "
            "in a filing that the remaining work should be finished by the end of the summer.",
            "Residents are not convinced. \"We were told it was fixed in 2016, and again in "
            "2019,\" said Nakiya Jordan, who has lived on the city's north side for 30 years. "
            "\"I'll believe it when my bill goes down.\"",
            "Mayor Alicia Barnwell said the city would hold a public meeting next month at the "
            "Flint Public Library to answer questions. Barnwell said that a settlement fund, "
            "which covers residents of Genesee County, had begun paying claims last fall.",
        ),
        "gold": [
            ("PLACE", "Flint", "all", {"skip": ("Flint Public",)}),
            ("QUOTE", "Flint nears end of lead pipe work", 0,
             {"quote_type": I, "said_by": "state"}),
            ("SPEAKER", "[state] says", 0,
             {"key": "state",
              "resolved": "Michigan Department of Environment, Great Lakes, and Energy"}),
            ("PLACE", "FLINT", 0, {}),
            ("PLACE", "Mich.", 0, {}),
            ("SPEAKER", "Michigan's environmental agency", 0, {"key": "egle0"}),
            ("PLACE", "[Michigan]'s environmental", 0, {}),
            ("DATE", "Monday", 0, {"value": "2025-04-21"}),
            ("QUOTE", "Flint has now replaced or inspected service lines at more than 97% of the "
             "homes on its list", 0, {"quote_type": I, "said_by": "egle0"}),
            ("SPEAKER", "The Michigan Department of Environment, Great Lakes, and Energy", 0,
             {"key": "egle1"}),
            ("QUOTE", "the remaining work should be finished by the end of the summer", 0,
             {"quote_type": I, "said_by": "egle1"}),
            ("DATE", "the end of the summer", 0, {"value": "2025-SU"}),
            ("QUOTE", "We were told it was fixed in 2016, and again in 2019,", 0,
             {"quote_type": D, "said_by": "jordan"}),
            ("DATE", "2016", 0, {"value": "2016"}),
            ("DATE", "2019", 0, {"value": "2019"}),
            ("SPEAKER", "Nakiya Jordan", 0, {"key": "jordan"}),
            ("QUOTE", "I'll believe it when my bill goes down.", 0,
             {"quote_type": D, "said_by": "jordan"}),
            ("SPEAKER", "Alicia Barnwell", 0, {"key": "barnwell0"}),
            ("QUOTE", "the city would hold a public meeting next month at the Flint Public "
             "Library to answer questions", 0, {"quote_type": I, "said_by": "barnwell0"}),
            ("DATE", "next month", 0, {"value": "2025-05"}),
            ("SPEAKER", "[Barnwell] said that", 0, {"key": "barnwell1"}),
            ("QUOTE", "a settlement fund, which covers residents of Genesee County, had begun "
             "paying claims last fall", 0, {"quote_type": I, "said_by": "barnwell1"}),
            ("PLACE", "Genesee County", 0, {}),
            ("DATE", "last fall", 0, {"value": "2024-FA"}),
        ],
    },
    # -- Local TV, county report as the source, a description speaker ---------------------
    {
        "id": "blind2-06-local-heat-deaths",
        "published": "2025-03-20",
        "text": _text(
            "Heat deaths hit record in Maricopa County for 2024",
            "PHOENIX (AZFamily) — Heat contributed to 602 deaths in Maricopa County last year, "
            "the most ever recorded, according to a report released Thursday by the county's "
            "public health department.",
            "Nearly half of those who died were homeless, the report said. The deadliest stretch "
            "came in July, when Phoenix hit 110 degrees or more on 21 days.",
            "“These are preventable deaths, every single one of them,” said Dr. Rebecca "
            "Sunderland-Okoye, the county's medical director for disease control. “We know what "
            "works: shade, water, and a cool place to go.”",
            "The city of Phoenix said it will open two overnight cooling centers starting May 1 "
            "and keep them running through Sept. 30. Arizona's first heat officer, appointed in "
            "2021, told lawmakers last month that the state needed a permanent fund for cooling "
            "stations.",
        ),
        "gold": [
            ("PLACE", "Maricopa County", "all", {}),
            ("DATE", "2024", 0, {"value": "2024"}),
            ("PLACE", "PHOENIX", 0, {}),
            ("PLACE", "Phoenix", "all", {}),
            ("QUOTE", "Heat contributed to 602 deaths in Maricopa County last year, the most ever "
             "recorded", 0, {"quote_type": I, "said_by": "report0"}),
            ("DATE", "last year", 0, {"value": "2024"}),
            ("SPEAKER", "to [a report] released", 0, {"key": "report0"}),
            ("DATE", "Thursday", 0, {"value": "2025-03-20"}),
            ("QUOTE", "Nearly half of those who died were homeless", 0,
             {"quote_type": I, "said_by": "report1"}),
            ("SPEAKER", "the report", 0, {"key": "report1"}),
            ("DATE", "July", 0, {"value": "2024-07"}),
            ("QUOTE", "These are preventable deaths, every single one of them,", 0,
             {"quote_type": D, "said_by": "so"}),
            ("SPEAKER", "Rebecca Sunderland-Okoye", 0, {"key": "so"}),
            ("QUOTE", "We know what works: shade, water, and a cool place to go.", 0,
             {"quote_type": D, "said_by": "so"}),
            ("SPEAKER", "The city of Phoenix", 0, {"key": "city"}),
            ("QUOTE", "it will open two overnight cooling centers starting May 1 and keep them "
             "running through Sept. 30", 0, {"quote_type": I, "said_by": "city"}),
            ("DATE", "May 1", 0, {"value": "2025-05-01"}),
            ("DATE", "Sept. 30", 0, {"value": "2025-09-30"}),
            ("SPEAKER", "Arizona's first heat officer", 0, {"key": "officer"}),
            ("PLACE", "Arizona", 0, {}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("DATE", "last month", 0, {"value": "2025-02"}),
            ("QUOTE", "the state needed a permanent fund for cooling stations", 0,
             {"quote_type": I, "said_by": "officer"}),
        ],
    },
    # -- Small-town paper, town meeting, split quote -------------------------------------
    {
        "id": "blind2-07-local-town-meeting",
        "published": "2025-03-04",
        "text": _text(
            "Brattleboro voters back budget, reject new police cruisers",
            "BRATTLEBORO, Vt. — Voters at Brattleboro’s representative town meeting approved a "
            "$19.6 million municipal budget on Saturday but turned down a request for two new "
            "police cruisers, Town Clerk Janelle Moreau said.",
            "The vote on the cruisers was 63 to 71. Police Chief Norma Hardy said after the "
            "meeting that the department would “make do” with its current fleet for another "
            "year. “We’ll keep patching them up,” she said, “but some of those cars have 180,000 "
            "miles on them.”",
            "Select Board Chair Elizabeth McLoughlin said the board would bring the request back "
            "in the fall. Moreau said turnout among the 140 elected town meeting members was the "
            "highest since 2019.",
            "Residents of neighboring Guilford and Dummerston vote at their own meetings on "
            "Tuesday, when most towns across Vermont gather to pass budgets and elect officers.",
        ),
        "gold": [
            ("PLACE", "Brattleboro", "all", {}),
            ("PLACE", "BRATTLEBORO", 0, {}),
            ("PLACE", "Vt.", 0, {}),
            ("QUOTE", "Voters at Brattleboro’s representative town meeting approved a $19.6 "
             "million municipal budget on Saturday but turned down a request for two new police "
             "cruisers", 0, {"quote_type": I, "said_by": "moreau0"}),
            ("DATE", "Saturday", 0, {"value": "2025-03-01"}),
            ("SPEAKER", "Janelle Moreau", 0, {"key": "moreau0"}),
            ("SPEAKER", "Norma Hardy", 0, {"key": "hardy"}),
            ("QUOTE", "the department would “make do” with its current fleet for another year", 0,
             {"quote_type": I, "said_by": "hardy"}),
            ("QUOTE", "make do", 0, {"quote_type": D, "said_by": "hardy"}),
            ("QUOTE", "We’ll keep patching them up,", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said, “but", 0, {"key": "she", "resolved": "Norma Hardy"}),
            ("QUOTE", "but some of those cars have 180,000 miles on them.", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "Elizabeth McLoughlin", 0, {"key": "mcloughlin"}),
            ("QUOTE", "the board would bring the request back in the fall", 0,
             {"quote_type": I, "said_by": "mcloughlin"}),
            ("DATE", "the fall", 0, {"value": "2025-FA"}),
            ("SPEAKER", "[Moreau] said turnout", 0, {"key": "moreau1"}),
            ("QUOTE", "turnout among the 140 elected town meeting members was the highest since "
             "2019", 0, {"quote_type": I, "said_by": "moreau1"}),
            ("DATE", "2019", 0, {"value": "2019"}),
            ("PLACE", "Guilford", 0, {}),
            ("PLACE", "Dummerston", 0, {}),
            ("DATE", "Tuesday", 0, {"value": "2025-03-04"}),
            ("PLACE", "Vermont", 0, {}),
        ],
    },
    # -- Wildfire, state DNR, scare-quoted level name, a woman named Paris ---------------
    {
        "id": "blind2-08-local-wildfire",
        "published": "2025-08-21",
        "text": _text(
            "Evacuation orders lifted near Medical Lake as crews gain on Rustler Fire",
            "SPOKANE, Wash. (KREM) — Evacuation orders were lifted Wednesday night for about 300 "
            "homes near Medical Lake as crews gained ground on the Rustler Fire, the Washington "
            "Department of Natural Resources said. Residents had been under Level 3 “go now” "
            "orders since Monday.",
            "The fire has burned 4,100 acres and was 45% contained as of Thursday morning, "
            "according to DNR spokesperson Kai Lindqvist.",
            "Spokane County Sheriff Dale Okamura said deputies arrested a 34-year-old man from "
            "Cheney on suspicion of reckless burning. Investigators believe the fire started when "
            "the man dragged a trailer chain along State Route 902 on Aug. 14, he said.",
            "“Folks need to understand that one spark is all it takes,” Okamura said.",
            "Paris Nguyen, who boards horses off Craig Road, said she spent two nights in a Red "
            "Cross shelter in Airway Heights. “I just want to get the horses home,” she said.",
        ),
        "gold": [
            ("PLACE", "Medical Lake", "all", {}),
            ("PLACE", "SPOKANE", 0, {}),
            ("PLACE", "Wash.", 0, {}),
            ("QUOTE", "Evacuation orders were lifted Wednesday night for about 300 homes near "
             "Medical Lake as crews gained ground on the Rustler Fire", 0,
             {"quote_type": I, "said_by": "dnr"}),
            ("DATE", "Wednesday night", 0, {"value": "2025-08-20TNI"}),
            ("SPEAKER", "the Washington Department of Natural Resources", 0, {"key": "dnr"}),
            ("DATE", "Monday", 0, {"value": "2025-08-18"}),
            ("QUOTE", "The fire has burned 4,100 acres and was 45% contained as of Thursday "
             "morning", 0, {"quote_type": I, "said_by": "lindqvist"}),
            ("DATE", "Thursday morning", 0, {"value": "2025-08-21TMO"}),
            ("SPEAKER", "Kai Lindqvist", 0, {"key": "lindqvist"}),
            ("PLACE", "Spokane County", 0, {}),
            ("SPEAKER", "Dale Okamura", 0, {"key": "okamura0"}),
            ("QUOTE", "deputies arrested a 34-year-old man from Cheney on suspicion of reckless "
             "burning", 0, {"quote_type": I, "said_by": "okamura0"}),
            ("PLACE", "Cheney", 0, {}),
            ("QUOTE", "Investigators believe the fire started when the man dragged a trailer "
             "chain along State Route 902 on Aug. 14", 0, {"quote_type": I, "said_by": "he"}),
            ("DATE", "Aug. 14", 0, {"value": "2025-08-14"}),
            ("SPEAKER", "[he] said.", 0, {"key": "he", "resolved": "Dale Okamura"}),
            ("QUOTE", "Folks need to understand that one spark is all it takes,", 0,
             {"quote_type": D, "said_by": "okamura1"}),
            ("SPEAKER", "[Okamura] said.", 0, {"key": "okamura1"}),
            ("SPEAKER", "Paris Nguyen", 0, {"key": "nguyen"}),
            ("QUOTE", "she spent two nights in a Red Cross shelter in Airway Heights", 0,
             {"quote_type": I, "said_by": "nguyen"}),
            ("PLACE", "Airway Heights", 0, {}),
            ("QUOTE", "I just want to get the horses home,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said.", 0, {"key": "she", "resolved": "Paris Nguyen"}),
        ],
    },
    # == Sports ==========================================================================
    # -- English football, single straight quotes, clubs named after cities --------------
    {
        "id": "blind2-09-sport-leeds",
        "published": "2024-03-17",
        "text": _text(
            "Leeds edge Sunderland as Okonkwo strikes late",
            "Leeds moved back into the automatic promotion places with a 2-1 win over Sunderland "
            "at Elland Road on Saturday, substitute Chidi Okonkwo heading in the winner four "
            "minutes from time.",
            "Sunderland had led through Tom Heslop's first-half penalty, and their head coach, "
            "Regis Moulin, said his side had been 'ten minutes from a perfect away performance'.",
            "'I thought we were the better team for an hour,' Moulin said. 'Then we stopped "
            "playing, and in this league you get punished.'",
            "The Leeds manager, Dan Whitfield, praised the crowd. 'When you're at home and you're "
            "chasing the game, the noise makes the difference,' he said. 'Chidi has been waiting "
            "for this chance since January.'",
            "Leeds travel to Bristol City on Good Friday, while Sunderland host Hull at the "
            "Stadium of Light on 30 March.",
        ),
        "gold": [
            ("DATE", "Saturday", 0, {"value": "2024-03-16"}),
            ("SPEAKER", "Regis Moulin", 0, {"key": "moulin0"}),
            ("QUOTE", "his side had been", 0, {"quote_type": I, "said_by": "moulin0"}),
            ("QUOTE", "ten minutes from a perfect away performance", 0,
             {"quote_type": D, "said_by": "moulin0"}),
            ("QUOTE", "I thought we were the better team for an hour,", 0,
             {"quote_type": D, "said_by": "moulin1"}),
            ("SPEAKER", "[Moulin] said", 0, {"key": "moulin1"}),
            ("QUOTE", "Then we stopped playing, and in this league you get punished.", 0,
             {"quote_type": D, "said_by": "moulin1"}),
            ("QUOTE", "When you're at home and you're chasing the game, the noise makes the "
             "difference,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Dan Whitfield"}),
            ("QUOTE", "Chidi has been waiting for this chance since January.", 0,
             {"quote_type": D, "said_by": "he"}),
            ("DATE", "January", 0, {"value": "2024-01"}),
            ("DATE", "Good Friday", 0, {"value": "2024-03-29"}),
            ("DATE", "30 March", 0, {"value": "2024-03-30"}),
        ],
    },
    # -- AP basketball: "Boston" the team vs Boston/Miami/Milwaukee the cities ----------
    {
        "id": "blind2-10-sport-celtics",
        "published": "2024-11-26",
        "text": _text(
            "Ellery scores 34 as Celtics beat Heat for sixth straight win",
            "BOSTON (AP) — Marcus Ellery scored 34 points, Jordan Pike added 22 and the Boston "
            "Celtics beat the Miami Heat 118-104 on Monday night for their sixth straight win.",
            "Ellery went 6 of 9 from 3-point range as Boston pulled away in the third quarter.",
            "\"We're just playing connected right now,\" Ellery said. \"Everybody's making the "
            "extra pass.\"",
            "Pike, who missed the first two weeks of the season with a sprained ankle, said the "
            "ankle \"feels 100 percent\" and that he expects to play Friday and Saturday.",
            "Dominic Reyes led Miami with 25 points. Heat coach Carl Benton said his team \"ran "
            "out of legs\" after playing in Milwaukee on Sunday. \"That's not an excuse,\" he "
            "added. \"They were better.\"",
            "The teams meet again in Miami on Dec. 15.",
        ),
        "gold": [
            ("PLACE", "BOSTON", 0, {}),
            ("DATE", "Monday night", 0, {"value": "2024-11-25TNI"}),
            ("QUOTE", "We're just playing connected right now,", 0,
             {"quote_type": D, "said_by": "ellery"}),
            ("SPEAKER", "[Ellery] said", 0, {"key": "ellery"}),
            ("QUOTE", "Everybody's making the extra pass.", 0,
             {"quote_type": D, "said_by": "ellery"}),
            ("SPEAKER", "[Pike], who", 0, {"key": "pike"}),
            ("QUOTE", "the ankle", 0, {"quote_type": I, "said_by": "pike"}),
            ("QUOTE", "feels 100 percent", 0, {"quote_type": D, "said_by": "pike"}),
            ("QUOTE", "he expects to play Friday and Saturday", 0,
             {"quote_type": I, "said_by": "pike"}),
            ("DATE", "Friday", 0, {"value": "2024-11-29"}),
            ("DATE", "Saturday", 0, {"value": "2024-11-30"}),
            ("SPEAKER", "Carl Benton", 0, {"key": "benton"}),
            ("QUOTE", "his team \"ran out of legs\" after playing in Milwaukee on Sunday", 0,
             {"quote_type": I, "said_by": "benton"}),
            ("QUOTE", "ran out of legs", 0, {"quote_type": D, "said_by": "benton"}),
            ("PLACE", "Milwaukee", 0, {}),
            ("DATE", "Sunday", 0, {"value": "2024-11-24"}),
            ("QUOTE", "That's not an excuse,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] added", 0, {"key": "he", "resolved": "Carl Benton"}),
            ("QUOTE", "They were better.", 0, {"quote_type": D, "said_by": "he"}),
            ("PLACE", "in [Miami] on", 0, {}),
            ("DATE", "Dec. 15", 0, {"value": "2024-12-15"}),
        ],
    },
    # -- NRL, "the Brisbane coach", curly double and single quotes ------------------------
    {
        "id": "blind2-11-sport-broncos",
        "published": "2025-05-19",
        "text": _text(
            "Broncos coach fumes over bunker call in Storm loss",
            "Brisbane coach Rhys Tamihana has called for an overhaul of the bunker after a "
            "contentious no-try decision cost the Broncos in their 20-18 loss to Melbourne at "
            "AAMI Park on Sunday.",
            "“I’ve watched it 20 times and I still can’t see it,” Tamihana said. “If that’s not "
            "a try, I don’t know what is.”",
            "The Brisbane coach said he would seek an explanation from the NRL’s head of football "
            "on Monday but stopped short of criticising the referee.",
            "Storm skipper Tevita Fonua admitted the decision could have gone either way. ‘We’ll "
            "take it,’ he said with a grin. ‘We’ve been on the wrong end of a few of those this "
            "year.’",
            "The Broncos, who sit ninth, host the Sydney Roosters at Suncorp Stadium on Friday "
            "night, while Melbourne travel to Auckland to face the Warriors.",
        ),
        "gold": [
            ("DATE", "Sunday", 0, {"value": "2025-05-18"}),
            ("QUOTE", "I’ve watched it 20 times and I still can’t see it,", 0,
             {"quote_type": D, "said_by": "tamihana"}),
            ("SPEAKER", "[Tamihana] said", 0, {"key": "tamihana"}),
            ("QUOTE", "If that’s not a try, I don’t know what is.", 0,
             {"quote_type": D, "said_by": "tamihana"}),
            ("SPEAKER", "The Brisbane coach", 0, {"key": "coach", "resolved": "Rhys Tamihana"}),
            ("QUOTE", "he would seek an explanation from the NRL’s head of football on Monday", 0,
             {"quote_type": I, "said_by": "coach"}),
            ("DATE", "Monday", 0, {"value": "2025-05-19"}),
            ("SPEAKER", "Tevita Fonua", 0, {"key": "fonua"}),
            ("QUOTE", "the decision could have gone either way", 0,
             {"quote_type": I, "said_by": "fonua"}),
            ("QUOTE", "We’ll take it,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said with", 0, {"key": "he", "resolved": "Tevita Fonua"}),
            ("QUOTE", "We’ve been on the wrong end of a few of those this year.", 0,
             {"quote_type": D, "said_by": "he"}),
            ("DATE", "this year", 0, {"value": "2025"}),
            ("DATE", "Friday night", 0, {"value": "2025-05-23TNI"}),
            ("PLACE", "Auckland", 0, {}),
        ],
    },
    # -- Reuters cricket: national sides named after countries ---------------------------
    {
        "id": "blind2-12-sport-cricket",
        "published": "2024-12-12",
        "text": _text(
            "Ratnayake five-for puts Sri Lanka on top in Christchurch",
            "CHRISTCHURCH, Dec 12 (Reuters) - Sri Lanka seamer Kasun Ratnayake took five for 41 "
            "as New Zealand were bowled out for 214 on the opening day of the first test at "
            "Hagley Oval on Thursday.",
            "\"The ball swung a bit more than we expected after lunch,\" Ratnayake told "
            "reporters. \"I just tried to keep it simple and hit the top of off stump.\"",
            "It was Ratnayake's third five-wicket haul in tests and his first outside Asia.",
            "New Zealand captain Will Harcourt, who made 68, said the hosts were at least 60 runs "
            "short. \"It's not a disaster, but we've got work to do,\" Harcourt said, adding that "
            "the pitch would flatten out over the weekend.",
            "Sri Lanka reached 31 without loss at stumps. The second test starts in Wellington on "
            "Dec 20.",
        ),
        "gold": [
            ("PLACE", "in [Christchurch]", 0, {}),
            ("PLACE", "CHRISTCHURCH", 0, {}),
            ("DATE", "Dec 12", 0, {"value": "2024-12-12"}),
            ("DATE", "Thursday", 0, {"value": "2024-12-12"}),
            ("QUOTE", "The ball swung a bit more than we expected after lunch,", 0,
             {"quote_type": D, "said_by": "ratnayake"}),
            ("SPEAKER", "[Ratnayake] told", 0, {"key": "ratnayake"}),
            ("QUOTE", "I just tried to keep it simple and hit the top of off stump.", 0,
             {"quote_type": D, "said_by": "ratnayake"}),
            ("PLACE", "Asia", 0, {}),
            ("SPEAKER", "Will Harcourt", 0, {"key": "harcourt0"}),
            ("QUOTE", "the hosts were at least 60 runs short", 0,
             {"quote_type": I, "said_by": "harcourt0"}),
            ("QUOTE", "It's not a disaster, but we've got work to do,", 0,
             {"quote_type": D, "said_by": "harcourt1"}),
            ("SPEAKER", "[Harcourt] said", 0, {"key": "harcourt1"}),
            ("QUOTE", "the pitch would flatten out over the weekend", 0,
             {"quote_type": I, "said_by": "harcourt1"}),
            ("DATE", "the weekend", 0, {"value": "2024-W50-WE"}),
            ("PLACE", "Wellington", 0, {}),
            ("DATE", "Dec 20", 0, {"value": "2024-12-20"}),
        ],
    },
    # -- Irish rugby preview: a quote over two paragraphs, guillemets ---------------------
    {
        "id": "blind2-13-sport-rugby",
        "published": "2025-03-20",
        "text": _text(
            "Byrne keeps faith with pack for France decider",
            "Ireland head coach Colm Byrne has named an unchanged starting XV for Saturday’s Six "
            "Nations decider against France at the Aviva Stadium, saying the squad had “earned "
            "the right to finish the job”.",
            "Speaking at the team’s base in Carton House on Thursday, Byrne said the Irish camp "
            "had “no injury concerns worth talking about” after the win over Scotland in "
            "Edinburgh last weekend.",
            "“We know what France will bring. They have the best back three in the world and "
            "they will test us in the air.",
            "“But we’ve been here before. The lads don’t need me to tell them what a Grand Slam "
            "would mean to people at home,” he said.",
            "France coach Didier Aubertin told French media on Wednesday that his players «will "
            "not come to Dublin as tourists».",
            "Kick-off in Dublin is at 4.45pm, with the title going to the winner.",
        ),
        "gold": [
            ("SPEAKER", "Colm Byrne", 0, {"key": "byrne0"}),
            ("DATE", "Saturday", 0, {"value": "2025-03-22"}),
            ("QUOTE", "the squad had", 0, {"quote_type": I, "said_by": "byrne0"}),
            ("QUOTE", "earned the right to finish the job", 0,
             {"quote_type": D, "said_by": "byrne0"}),
            ("DATE", "Thursday", 0, {"value": "2025-03-20"}),
            ("SPEAKER", "[Byrne] said", 0, {"key": "byrne1"}),
            ("QUOTE", "the Irish camp had “no injury concerns worth talking about” after the win "
             "over Scotland in Edinburgh last weekend", 0,
             {"quote_type": I, "said_by": "byrne1"}),
            ("QUOTE", "no injury concerns worth talking about", 0,
             {"quote_type": D, "said_by": "byrne1"}),
            ("PLACE", "Edinburgh", 0, {}),
            ("DATE", "last weekend", 0, {"value": "2025-W11-WE"}),
            ("QUOTE", "We know what France will bring. They have the best back three in the world "
             "and they will test us in the air.", 0, {"quote_type": D, "said_by": "he"}),
            ("QUOTE", "But we’ve been here before. The lads don’t need me to tell them what a "
             "Grand Slam would mean to people at home,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Colm Byrne"}),
            ("SPEAKER", "Didier Aubertin", 0, {"key": "aubertin"}),
            ("DATE", "Wednesday", 0, {"value": "2025-03-19"}),
            ("QUOTE", "his players", 0, {"quote_type": I, "said_by": "aubertin"}),
            ("QUOTE", "will not come to Dublin as tourists", 0,
             {"quote_type": D, "said_by": "aubertin"}),
            ("PLACE", "Dublin", "all", {}),
        ],
    },
    # -- Canadian Press hockey, holiday date, nested fragment ----------------------------
    {
        "id": "blind2-14-sport-leafs",
        "published": "2025-10-14",
        "text": _text(
            "Kowalski's overtime winner lifts Leafs past Canadiens",
            "TORONTO — Mitch Kowalski scored twice, including the winner with 1:12 left in "
            "overtime, as the Toronto Maple Leafs beat the Montreal Canadiens 4-3 on Thanksgiving "
            "Monday.",
            "“It’s the one you circle on the calendar,” Kowalski said of the rivalry. “Any time "
            "it’s Montreal, the building is electric.”",
            "Leafs coach Martin Lapierre said goaltender Joel Haataja was “day to day” with a "
            "lower-body injury and would not travel with the team.",
            "Canadiens captain Étienne Bouchard, who scored on a first-period power play, said the "
            "team would learn from it. “We left points on the ice,” Bouchard said. “In this "
            "building, you can’t do that.”",
            "The Leafs visit the Ottawa Senators on Saturday before a three-game trip through "
            "Florida and Nashville.",
        ),
        "gold": [
            ("PLACE", "TORONTO", 0, {}),
            ("DATE", "Thanksgiving Monday", 0, {"value": "2025-10-13"}),
            ("QUOTE", "It’s the one you circle on the calendar,", 0,
             {"quote_type": D, "said_by": "kowalski"}),
            ("SPEAKER", "[Kowalski] said", 0, {"key": "kowalski"}),
            ("QUOTE", "Any time it’s Montreal, the building is electric.", 0,
             {"quote_type": D, "said_by": "kowalski"}),
            ("SPEAKER", "Martin Lapierre", 0, {"key": "lapierre"}),
            ("QUOTE", "goaltender Joel Haataja was “day to day” with a lower-body injury and would "
             "not travel with the team", 0, {"quote_type": I, "said_by": "lapierre"}),
            ("QUOTE", "day to day", 0, {"quote_type": D, "said_by": "lapierre"}),
            ("SPEAKER", "Étienne Bouchard", 0, {"key": "bouchard0"}),
            ("QUOTE", "the team would learn from it", 0, {"quote_type": I, "said_by": "bouchard0"}),
            ("QUOTE", "We left points on the ice,", 0, {"quote_type": D, "said_by": "bouchard1"}),
            ("SPEAKER", "[Bouchard] said", 0, {"key": "bouchard1"}),
            ("QUOTE", "In this building, you can’t do that.", 0,
             {"quote_type": D, "said_by": "bouchard1"}),
            ("DATE", "Saturday", 0, {"value": "2025-10-18"}),
            ("PLACE", "Florida", 0, {}),
            ("PLACE", "Nashville", 0, {}),
        ],
    },
    # == UK, Ireland, Australia, New Zealand, Canada: politics and courts ===================
    # -- NSW court report: a defendant named Georgia, "the court heard" (no source) -------
    {
        "id": "blind2-15-court-nsw-fraud",
        "published": "2025-06-05",
        "text": _text(
            "Former Wagga Wagga councillor jailed over $1.2m charity fraud",
            "A former Wagga Wagga councillor who siphoned more than $1.2 million from a community "
            "housing charity has been jailed for at least four years.",
            "Georgia Whitlock, 58, was sentenced in the District Court at Parramatta on Thursday "
            "after pleading guilty in February to 14 counts of dishonestly obtaining a financial "
            "advantage by deception.",
            "Judge Penelope Tran said Whitlock had shown “a calculated and sustained dishonesty” "
            "over six years and had betrayed the trust of vulnerable tenants.",
            "“The offender’s conduct was not a momentary lapse,” Judge Tran said. “It was "
            "deliberate, it was repeated and it was concealed.”",
            "The court heard Whitlock used the money to pay gambling debts and to renovate a "
            "holiday home at Batemans Bay. Her barrister, Sean O’Driscoll, told the court his "
            "client was “deeply ashamed” and had repaid $140,000.",
            "Whitlock will be eligible for parole in June 2029.",
        ),
        "gold": [
            ("PLACE", "Wagga Wagga", "all", {}),
            ("PLACE", "Parramatta", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2025-06-05"}),
            ("DATE", "February", 0, {"value": "2025-02"}),
            ("SPEAKER", "Penelope Tran", 0, {"key": "tran0"}),
            ("QUOTE", "Whitlock had shown “a calculated and sustained dishonesty” over six years "
             "and had betrayed the trust of vulnerable tenants", 0,
             {"quote_type": I, "said_by": "tran0"}),
            ("QUOTE", "a calculated and sustained dishonesty", 0,
             {"quote_type": D, "said_by": "tran0"}),
            ("QUOTE", "The offender’s conduct was not a momentary lapse,", 0,
             {"quote_type": D, "said_by": "tran1"}),
            ("SPEAKER", "Judge [Tran] said", 0, {"key": "tran1"}),
            ("QUOTE", "It was deliberate, it was repeated and it was concealed.", 0,
             {"quote_type": D, "said_by": "tran1"}),
            ("PLACE", "Batemans Bay", 0, {}),
            ("SPEAKER", "Sean O’Driscoll", 0, {"key": "odriscoll"}),
            ("QUOTE", "his client was “deeply ashamed” and had repaid $140,000", 0,
             {"quote_type": I, "said_by": "odriscoll"}),
            ("QUOTE", "deeply ashamed", 0, {"quote_type": D, "said_by": "odriscoll"}),
            ("DATE", "June 2029", 0, {"value": "2029-06"}),
        ],
    },
    # -- English local government, curly single quotes, a council named after a county ---
    {
        "id": "blind2-16-uk-council-toilets",
        "published": "2024-01-16",
        "text": _text(
            "Frome residents fight plan to close town’s last public toilets",
            "Residents in Frome have handed a 4,000-signature petition to Somerset Council in "
            "protest at plans to close the town’s last public toilets to save £38,000 a year.",
            "The council, which declared a financial emergency in November, said it had ‘no "
            "choice’ but to find savings in every department.",
            "Campaigner Ruth Anstey said closing the toilets would keep older and disabled people "
            "at home. ‘If you can’t be sure there’s a loo, you don’t go out,’ she said. ‘It’s "
            "as simple as that.’",
            "Frome Town Council has offered to take over the building on Market Place. Its "
            "clerk, Paul Brierley, said the town council could cover running costs ‘for at least "
            "two years’ if Somerset handed over the lease for £1.",
            "A decision is expected at a meeting of the executive on 7 February. Mr Brierley said "
            "that the town had ‘done everything asked of it’.",
        ),
        "gold": [
            ("PLACE", "Frome", "all", {"skip": ("Frome Town Council",)}),
            ("SPEAKER", "The council", 0, {"key": "council", "resolved": "Somerset Council"}),
            ("DATE", "November", 0, {"value": "2023-11"}),
            ("QUOTE", "it had ‘no choice’ but to find savings in every department", 0,
             {"quote_type": I, "said_by": "council"}),
            ("QUOTE", "no choice", 0, {"quote_type": D, "said_by": "council"}),
            ("SPEAKER", "Ruth Anstey", 0, {"key": "anstey"}),
            ("QUOTE", "closing the toilets would keep older and disabled people at home", 0,
             {"quote_type": I, "said_by": "anstey"}),
            ("QUOTE", "If you can’t be sure there’s a loo, you don’t go out,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Ruth Anstey"}),
            ("QUOTE", "It’s as simple as that.", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "Paul Brierley", 0, {"key": "brierley0"}),
            ("QUOTE", "the town council could cover running costs ‘for at least two years’ if "
             "Somerset handed over the lease for £1", 0, {"quote_type": I, "said_by": "brierley0"}),
            ("QUOTE", "for at least two years", 0, {"quote_type": D, "said_by": "brierley0"}),
            ("PLACE", "if [Somerset] handed", 0, {}),
            ("DATE", "7 February", 0, {"value": "2024-02-07"}),
            ("SPEAKER", "Mr [Brierley] said", 0, {"key": "brierley1"}),
            ("QUOTE", "the town had", 0, {"quote_type": I, "said_by": "brierley1"}),
            ("QUOTE", "done everything asked of it", 0, {"quote_type": D, "said_by": "brierley1"}),
        ],
    },
    # -- Irish county council, fadas, coordinated "that" clauses --------------------------
    {
        "id": "blind2-17-ireland-wind-farm",
        "published": "2025-09-30",
        "text": _text(
            "Galway councillors reject wind farm plan for Connemara bog",
            "Galway County Council has voted against rezoning 300 hectares of bog near Recess for "
            "a wind farm, despite warnings from officials about the county’s renewable energy "
            "targets.",
            "The motion was defeated by 21 votes to 14 at a meeting in Galway city on Monday.",
            "Independent councillor Seosamh Ó Flatharta said the bog was “part of who we are” "
            "and that the community had not been properly consulted. “People here are not "
            "against renewables,” he said. “We are against being told what is good for us by a "
            "company in Dublin.”",
            "The developer, Atlantic Breeze Energy, said it was “disappointed” and would "
            "consider its options.",
            "Minister of State for Energy Darragh Kilbride told the Dáil last week that the "
            "Government would publish new guidelines on community consultation before Christmas.",
        ),
        "gold": [
            ("PLACE", "Galway", "all", {"skip": ("Galway County Council",)}),
            ("PLACE", "Connemara", 0, {}),
            ("PLACE", "Recess", 0, {}),
            ("DATE", "Monday", 0, {"value": "2025-09-29"}),
            ("SPEAKER", "Seosamh Ó Flatharta", 0, {"key": "oflatharta"}),
            ("QUOTE", "the bog was", 0, {"quote_type": I, "said_by": "oflatharta"}),
            ("QUOTE", "part of who we are", 0, {"quote_type": D, "said_by": "oflatharta"}),
            ("QUOTE", "the community had not been properly consulted", 0,
             {"quote_type": I, "said_by": "oflatharta"}),
            ("QUOTE", "People here are not against renewables,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Seosamh Ó Flatharta"}),
            ("QUOTE", "We are against being told what is good for us by a company in Dublin.", 0,
             {"quote_type": D, "said_by": "he"}),
            ("PLACE", "Dublin", 0, {}),
            ("SPEAKER", "Atlantic Breeze Energy", 0, {"key": "abe"}),
            ("QUOTE", "it was “disappointed” and would consider its options", 0,
             {"quote_type": I, "said_by": "abe"}),
            ("QUOTE", "disappointed", 0, {"quote_type": D, "said_by": "abe"}),
            ("SPEAKER", "Darragh Kilbride", 0, {"key": "kilbride"}),
            ("DATE", "last week", 0, {"value": "2025-W39"}),
            ("QUOTE", "the Government would publish new guidelines on community consultation "
             "before Christmas", 0, {"quote_type": I, "said_by": "kilbride"}),
            ("DATE", "Christmas", 0, {"value": "2025-12-25"}),
        ],
    },
    # -- New Zealand: a port named after a city, Maori names, "the minister said" -----------
    {
        "id": "blind2-18-nz-rail",
        "published": "2025-06-26",
        "text": _text(
            "Tauranga to get new rail link as Government commits $280m",
            "The Government has committed $280 million to a rail spur linking the Port of "
            "Tauranga to a new inland freight hub near Te Puke.",
            "Transport Minister Aroha Ngata made the announcement in Tauranga on Thursday "
            "morning, saying the project would take 400 trucks a day off State Highway 2.",
            "“This is the kind of infrastructure our regions have been crying out for,” Ngata "
            "said. “It’s about time.”",
            "Bay of Plenty Regional Council chair Hemi Walker welcomed the funding but warned that "
            "construction costs in New Zealand had risen 30 per cent since 2021. Green Party "
            "transport spokesperson Mereana Tipene said the money would be better spent on "
            "passenger rail in Auckland and Wellington, where services were ‘falling apart’.",
            "Construction is due to start in the second half of 2026, with the line opening in "
            "2029, the minister said.",
        ),
        "gold": [
            ("PLACE", "Tauranga", "all", {"skip": ("Tauranga to a",)}),
            ("PLACE", "Te Puke", 0, {}),
            ("SPEAKER", "Aroha Ngata", 0, {"key": "ngata0"}),
            ("DATE", "Thursday morning", 0, {"value": "2025-06-26TMO"}),
            ("QUOTE", "the project would take 400 trucks a day off State Highway 2", 0,
             {"quote_type": I, "said_by": "ngata0"}),
            ("QUOTE", "This is the kind of infrastructure our regions have been crying out for,",
             0, {"quote_type": D, "said_by": "ngata1"}),
            ("SPEAKER", "[Ngata] said", 0, {"key": "ngata1"}),
            ("QUOTE", "It’s about time.", 0, {"quote_type": D, "said_by": "ngata1"}),
            ("SPEAKER", "Hemi Walker", 0, {"key": "walker"}),
            ("QUOTE", "construction costs in New Zealand had risen 30 per cent since 2021", 0,
             {"quote_type": I, "said_by": "walker"}),
            ("PLACE", "New Zealand", 0, {}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("SPEAKER", "Mereana Tipene", 0, {"key": "tipene"}),
            ("QUOTE", "the money would be better spent on passenger rail in Auckland and "
             "Wellington, where services were", 0, {"quote_type": I, "said_by": "tipene"}),
            ("QUOTE", "falling apart", 0, {"quote_type": D, "said_by": "tipene"}),
            ("PLACE", "Auckland", 0, {}),
            ("PLACE", "Wellington", 0, {}),
            ("QUOTE", "Construction is due to start in the second half of 2026, with the line "
             "opening in 2029", 0, {"quote_type": I, "said_by": "minister"}),
            ("DATE", "the second half of 2026", 0, {"value": "2026-H2"}),
            ("DATE", "2029", 0, {"value": "2029"}),
            ("SPEAKER", "the minister", 0, {"key": "minister", "resolved": "Aroha Ngata"}),
        ],
    },
    # -- Canadian court: "wrote that", a province abbreviation ----------------------------
    {
        "id": "blind2-19-canada-encampment",
        "published": "2024-04-11",
        "text": _text(
            "Ontario judge halts Thunder Bay encampment clearance",
            "THUNDER BAY, Ont. — An Ontario Superior Court judge has temporarily barred the city "
            "from clearing an encampment behind the Victoriaville Centre.",
            "In a decision released Wednesday, Justice Helen Kapoor wrote that the city’s plan "
            "would “expose vulnerable people to real and immediate harm.” The injunction runs "
            "until June 30, when the court will hear the full application.",
            "Mayor Dorothy Kakegabon said the city would comply with the order. “We respect the "
            "court’s decision, and we will follow it,” she said in a statement. “But council has "
            "a responsibility to every resident, including the businesses downtown.”",
            "Lawyer Jonah Sainnawap, who represents the residents, said most of the 40 people at "
            "the camp are from First Nations in northern Ontario and came to the city for medical "
            "care.",
        ),
        "gold": [
            ("PLACE", "Ontario", "all", {"skip": ("Ontario Superior Court",)}),
            ("PLACE", "Thunder Bay", 0, {}),
            ("PLACE", "THUNDER BAY", 0, {}),
            ("PLACE", "Ont.", 0, {}),
            ("DATE", "Wednesday", 0, {"value": "2024-04-10"}),
            ("SPEAKER", "Helen Kapoor", 0, {"key": "kapoor"}),
            ("QUOTE", "the city’s plan would", 0, {"quote_type": I, "said_by": "kapoor"}),
            ("QUOTE", "expose vulnerable people to real and immediate harm.", 0,
             {"quote_type": D, "said_by": "kapoor"}),
            ("DATE", "June 30", 0, {"value": "2024-06-30"}),
            ("SPEAKER", "Dorothy Kakegabon", 0, {"key": "kakegabon"}),
            ("QUOTE", "the city would comply with the order", 0,
             {"quote_type": I, "said_by": "kakegabon"}),
            ("QUOTE", "We respect the court’s decision, and we will follow it,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Dorothy Kakegabon"}),
            ("QUOTE", "But council has a responsibility to every resident, including the "
             "businesses downtown.", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "Jonah Sainnawap", 0, {"key": "sainnawap"}),
            ("QUOTE", "most of the 40 people at the camp are from First Nations in northern "
             "Ontario and came to the city for medical care", 0,
             {"quote_type": I, "said_by": "sainnawap"}),
        ],
    },
    # -- Scottish ferries: Holyrood (an institution), a spokesman, two "that" clauses ------
    {
        "id": "blind2-20-scotland-ferry",
        "published": "2023-09-28",
        "text": _text(
            "Islanders’ anger as Ullapool ferry cancelled for fifth day",
            "Residents of Lewis say the island has been ‘cut off’. Sailings between Ullapool and "
            "Stornoway were cancelled for a fifth consecutive day on Thursday because of a "
            "mechanical fault on the MV Loch Seaforth.",
            "CalMac said a replacement part was being flown from Germany and that services should "
            "resume on Saturday.",
            "Western Isles MSP Catriona MacLeod told Holyrood on Wednesday that the situation "
            "was ‘a national embarrassment’. ‘Businesses are losing thousands of pounds a day,’ "
            "she said. ‘Hauliers cannot get fresh food onto the island.’",
            "A Scottish Government spokesman said ministers were ‘acutely aware’ of the "
            "disruption and that two new vessels would enter service next year.",
            "The Loch Seaforth, which entered service in 2015, is the only ship on the route that "
            "can carry full-size lorries.",
        ),
        "gold": [
            ("PLACE", "Ullapool", "all", {}),
            ("SPEAKER", "Residents of Lewis", 0, {"key": "residents"}),
            ("PLACE", "Lewis", 0, {}),
            ("QUOTE", "the island has been", 0, {"quote_type": I, "said_by": "residents"}),
            ("QUOTE", "cut off", 0, {"quote_type": D, "said_by": "residents"}),
            ("PLACE", "Stornoway", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2023-09-28"}),
            ("SPEAKER", "CalMac", 0, {"key": "calmac"}),
            ("QUOTE", "a replacement part was being flown from Germany", 0,
             {"quote_type": I, "said_by": "calmac"}),
            ("PLACE", "Germany", 0, {}),
            ("QUOTE", "services should resume on Saturday", 0,
             {"quote_type": I, "said_by": "calmac"}),
            ("DATE", "Saturday", 0, {"value": "2023-09-30"}),
            ("PLACE", "Western Isles", 0, {}),
            ("SPEAKER", "Catriona MacLeod", 0, {"key": "macleod"}),
            ("DATE", "Wednesday", 0, {"value": "2023-09-27"}),
            ("QUOTE", "the situation was", 0, {"quote_type": I, "said_by": "macleod"}),
            ("QUOTE", "a national embarrassment", 0, {"quote_type": D, "said_by": "macleod"}),
            ("QUOTE", "Businesses are losing thousands of pounds a day,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Catriona MacLeod"}),
            ("QUOTE", "Hauliers cannot get fresh food onto the island.", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "A Scottish Government spokesman", 0, {"key": "spokesman"}),
            ("QUOTE", "ministers were ‘acutely aware’ of the disruption", 0,
             {"quote_type": I, "said_by": "spokesman"}),
            ("QUOTE", "acutely aware", 0, {"quote_type": D, "said_by": "spokesman"}),
            ("QUOTE", "two new vessels would enter service next year", 0,
             {"quote_type": I, "said_by": "spokesman"}),
            ("DATE", "next year", 0, {"value": "2024"}),
            ("DATE", "2015", 0, {"value": "2015"}),
        ],
    },
    # == International ===================================================================
    # -- Reuters, Sudan: Arabic names, aid group and U.N. sources ---------------------------
    {
        "id": "blind2-21-intl-sudan",
        "published": "2024-06-13",
        "text": _text(
            "Shelling kills 40 civilians in Sudan's El Fasher, aid group says",
            "PORT SUDAN, June 13 (Reuters) - Fighting between Sudan's army and the paramilitary "
            "Rapid Support Forces (RSF) killed at least 40 civilians in El Fasher over the past "
            "two days, a local aid group said on Thursday, as the RSF pressed its siege of the "
            "last army-held city in Darfur.",
            "The El Fasher Resistance Committee said shells had struck a market and a hospital in "
            "the city's south on Wednesday. Reuters could not independently verify the report.",
            "\"People are being killed in their homes, and there is nowhere to run,\" Mohamed "
            "Adam Abakar, a doctor at the Saudi Hospital, told Reuters by phone.",
            "Speaking in Khartoum, U.N. humanitarian official Fatima Osman Hamad said aid convoys "
            "had been blocked at the Adré crossing on the border with Chad since May. The U.N. "
            "Security Council adopted a resolution on Thursday demanding an end to the siege.",
            "More than 10 million Sudanese have fled their homes since the war began in April "
            "2023, according to the International Organization for Migration.",
        ),
        "gold": [
            ("QUOTE", "Shelling kills 40 civilians in Sudan's El Fasher", 0,
             {"quote_type": I, "said_by": "group0"}),
            ("PLACE", "Sudan", "all", {}),
            ("PLACE", "El Fasher", "all", {"skip": ("El Fasher Resistance",)}),
            ("SPEAKER", "[aid group] says", 0, {"key": "group0"}),
            ("PLACE", "PORT SUDAN", 0, {}),
            ("DATE", "June 13", 0, {"value": "2024-06-13"}),
            ("QUOTE", "Fighting between Sudan's army and the paramilitary Rapid Support Forces "
             "(RSF) killed at least 40 civilians in El Fasher over the past two days", 0,
             {"quote_type": I, "said_by": "group1"}),
            ("SPEAKER", "a local aid group", 0, {"key": "group1"}),
            ("DATE", "on [Thursday], as", 0, {"value": "2024-06-13"}),
            ("PLACE", "Darfur", 0, {}),
            ("SPEAKER", "The El Fasher Resistance Committee", 0, {"key": "committee"}),
            ("QUOTE", "shells had struck a market and a hospital in the city's south on "
             "Wednesday", 0, {"quote_type": I, "said_by": "committee"}),
            ("DATE", "Wednesday", 0, {"value": "2024-06-12"}),
            ("QUOTE", "People are being killed in their homes, and there is nowhere to run,", 0,
             {"quote_type": D, "said_by": "abakar"}),
            ("SPEAKER", "Mohamed Adam Abakar", 0, {"key": "abakar"}),
            ("PLACE", "Khartoum", 0, {}),
            ("SPEAKER", "Fatima Osman Hamad", 0, {"key": "hamad"}),
            ("QUOTE", "aid convoys had been blocked at the Adré crossing on the border with Chad "
             "since May", 0, {"quote_type": I, "said_by": "hamad"}),
            ("PLACE", "Adré", 0, {}),
            ("PLACE", "Chad", 0, {}),
            ("DATE", "May", 0, {"value": "2024-05"}),
            ("DATE", "on [Thursday] demanding", 0, {"value": "2024-06-13"}),
            ("QUOTE", "More than 10 million Sudanese have fled their homes since the war began in "
             "April 2023", 0, {"quote_type": I, "said_by": "iom"}),
            ("DATE", "April 2023", 0, {"value": "2023-04"}),
            ("SPEAKER", "the International Organization for Migration", 0, {"key": "iom"}),
        ],
    },
    # -- AP, Gaza: Rafah, a country as a speaker, scare quotes that are a speaker's words ----
    {
        "id": "blind2-22-intl-rafah",
        "published": "2024-05-09",
        "text": _text(
            "Strikes on Rafah kill 18 as mediators push for pause",
            "CAIRO (AP) — Israeli strikes on Rafah on Wednesday night killed at least 18 people, "
            "including six children, hospital officials said Thursday. Mediators from Egypt and "
            "Qatar met in Cairo to press for a pause in the fighting.",
            "The Israeli military said it had struck “terrorist infrastructure” in eastern Rafah "
            "and was looking into reports of civilian casualties.",
            "Mahmoud Abu Taha, 43, said he had moved his family four times since October. "
            "“Every place they tell us is safe becomes a target,” he said, standing beside a tent "
            "in Al-Mawasi. “Where do we go now? To the sea?”",
            "The Gaza Health Ministry says more than 34,900 Palestinians have been killed in the "
            "war. Egypt has warned that an Israeli offensive in Rafah could threaten its "
            "decades-old peace treaty with Israel.",
        ),
        "gold": [
            ("PLACE", "Rafah", "all", {}),
            ("PLACE", "CAIRO", 0, {}),
            ("QUOTE", "Israeli strikes on Rafah on Wednesday night killed at least 18 people, "
             "including six children", 0, {"quote_type": I, "said_by": "officials"}),
            ("DATE", "Wednesday night", 0, {"value": "2024-05-08TNI"}),
            ("SPEAKER", "hospital officials", 0, {"key": "officials"}),
            ("DATE", "Thursday", 0, {"value": "2024-05-09"}),
            ("PLACE", "Egypt", "all", {}),
            ("PLACE", "Qatar", 0, {}),
            ("PLACE", "in [Cairo]", 0, {}),
            ("SPEAKER", "The Israeli military", 0, {"key": "military"}),
            ("QUOTE", "it had struck “terrorist infrastructure” in eastern Rafah and was looking "
             "into reports of civilian casualties", 0, {"quote_type": I, "said_by": "military"}),
            ("QUOTE", "terrorist infrastructure", 0, {"quote_type": D, "said_by": "military"}),
            ("SPEAKER", "Mahmoud Abu Taha", 0, {"key": "abutaha"}),
            ("QUOTE", "he had moved his family four times since October", 0,
             {"quote_type": I, "said_by": "abutaha"}),
            ("DATE", "October", 0, {"value": "2023-10"}),
            ("QUOTE", "Every place they tell us is safe becomes a target,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said, standing", 0, {"key": "he", "resolved": "Mahmoud Abu Taha"}),
            ("PLACE", "Al-Mawasi", 0, {}),
            ("QUOTE", "Where do we go now? To the sea?", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "The Gaza Health Ministry", 0, {"key": "ministry"}),
            ("QUOTE", "more than 34,900 Palestinians have been killed in the war", 0,
             {"quote_type": I, "said_by": "ministry"}),
            ("SPEAKER", "[Egypt] has warned", 0, {"key": "egypt"}),
            ("QUOTE", "an Israeli offensive in Rafah could threaten its decades-old peace treaty "
             "with Israel", 0, {"quote_type": I, "said_by": "egypt"}),
            ("PLACE", "with [Israel]", 0, {}),
        ],
    },
    # -- PTI style, Chhattisgarh: Indian names and districts --------------------------------
    {
        "id": "blind2-23-intl-chhattisgarh",
        "published": "2025-01-27",
        "text": _text(
            "Chhattisgarh villagers protest tree felling in Hasdeo forest",
            "RAIPUR: Hundreds of tribal villagers staged a sit-in near Parsa village in "
            "Chhattisgarh's Surguja district on Sunday to protest against the felling of trees "
            "for a coal mine, police said.",
            "Surguja Superintendent of Police Yogesh Patel said additional forces had been "
            "deployed but the protest remained peaceful.",
            "\"This forest is our mother. We will not let them cut it,\" said Umeshwar Singh "
            "Armo, a sarpanch from Ghatbarra village.",
            "Chief Minister Ramesh Netam told reporters in Raipur that the mine had all required "
            "clearances and that the state would plant ten trees for every one cut. Congress "
            "leader Deepika Sahu alleged that the government was \"working for one company\" and "
            "demanded a fresh gram sabha in the affected villages.",
            "The Hasdeo Arand forest, one of central India's largest contiguous stretches of "
            "dense forest, has seen protests since 2012.",
        ),
        "gold": [
            ("PLACE", "Chhattisgarh", "all", {}),
            ("PLACE", "Hasdeo", 0, {}),
            ("PLACE", "RAIPUR", 0, {}),
            ("QUOTE", "Hundreds of tribal villagers staged a sit-in near Parsa village in "
             "Chhattisgarh's Surguja district on Sunday to protest against the felling of trees "
             "for a coal mine", 0, {"quote_type": I, "said_by": "police"}),
            ("PLACE", "Parsa", 0, {}),
            ("PLACE", "Surguja", "all", {}),
            ("DATE", "Sunday", 0, {"value": "2025-01-26"}),
            ("SPEAKER", "police", 0, {"key": "police"}),
            ("SPEAKER", "Yogesh Patel", 0, {"key": "patel"}),
            ("QUOTE", "additional forces had been deployed but the protest remained peaceful", 0,
             {"quote_type": I, "said_by": "patel"}),
            ("QUOTE", "This forest is our mother. We will not let them cut it,", 0,
             {"quote_type": D, "said_by": "armo"}),
            ("SPEAKER", "Umeshwar Singh Armo", 0, {"key": "armo"}),
            ("PLACE", "Ghatbarra", 0, {}),
            ("SPEAKER", "Ramesh Netam", 0, {"key": "netam"}),
            ("PLACE", "in [Raipur]", 0, {}),
            ("QUOTE", "the mine had all required clearances", 0,
             {"quote_type": I, "said_by": "netam"}),
            ("QUOTE", "the state would plant ten trees for every one cut", 0,
             {"quote_type": I, "said_by": "netam"}),
            ("SPEAKER", "Deepika Sahu", 0, {"key": "sahu"}),
            ("QUOTE", "the government was", 0, {"quote_type": I, "said_by": "sahu"}),
            ("QUOTE", "working for one company", 0, {"quote_type": D, "said_by": "sahu"}),
            ("PLACE", "Hasdeo Arand", 0, {}),
            ("PLACE", "India", 0, {}),
            ("DATE", "2012", 0, {"value": "2012"}),
        ],
    },
    # -- AP, Brazil: a river, a port authority, a bulletin as the source --------------------
    {
        "id": "blind2-24-intl-amazon-drought",
        "published": "2024-09-24",
        "text": _text(
            "Rio Negro hits record low as Amazon drought strands river towns",
            "MANAUS, Brazil (AP) — The Rio Negro at Manaus fell to its lowest level in more than "
            "120 years of record-keeping on Monday, the Port of Manaus said, leaving riverside "
            "communities across Amazonas state stranded.",
            "The river stood at 12.66 meters, below the previous record set in October last "
            "year, according to the port's daily bulletin.",
            "“We have never seen anything like this. The boats can’t reach us, so there is no "
            "food, no medicine,” said Raimunda Sateré, a leader in the Sateré-Mawé community "
            "near Maués.",
            "Scientists at the National Institute for Amazonian Research said the drought was "
            "driven by warm water in the tropical Atlantic and a lingering El Niño. Brazil's "
            "government said Tuesday it would send 300 tonnes of food and water purification kits "
            "to 62 municipalities in the state.",
        ),
        "gold": [
            ("PLACE", "Rio Negro", "all", {}),
            ("PLACE", "Amazon", 0, {}),
            ("PLACE", "MANAUS", 0, {}),
            ("PLACE", "Brazil", "all", {}),
            ("PLACE", "Manaus", "all", {"skip": ("Manaus said",)}),
            ("QUOTE", "The Rio Negro at Manaus fell to its lowest level in more than 120 years of "
             "record-keeping on Monday", 0, {"quote_type": I, "said_by": "port"}),
            ("DATE", "Monday", 0, {"value": "2024-09-23"}),
            ("SPEAKER", "the Port of Manaus", 0, {"key": "port"}),
            ("PLACE", "Amazonas", 0, {}),
            ("QUOTE", "The river stood at 12.66 meters, below the previous record set in October "
             "last year", 0, {"quote_type": I, "said_by": "bulletin"}),
            ("DATE", "October last year", 0, {"value": "2023-10"}),
            ("SPEAKER", "the port's daily bulletin", 0, {"key": "bulletin"}),
            ("QUOTE", "We have never seen anything like this. The boats can’t reach us, so there "
             "is no food, no medicine,", 0, {"quote_type": D, "said_by": "satere"}),
            ("SPEAKER", "Raimunda Sateré", 0, {"key": "satere"}),
            ("PLACE", "Maués", 0, {}),
            ("SPEAKER", "Scientists at the National Institute for Amazonian Research", 0,
             {"key": "scientists"}),
            ("QUOTE", "the drought was driven by warm water in the tropical Atlantic and a "
             "lingering El Niño", 0, {"quote_type": I, "said_by": "scientists"}),
            ("PLACE", "Atlantic", 0, {}),
            ("SPEAKER", "Brazil's government", 0, {"key": "government"}),
            ("DATE", "Tuesday", 0, {"value": "2024-09-24"}),
            ("QUOTE", "it would send 300 tonnes of food and water purification kits to 62 "
             "municipalities in the state", 0, {"quote_type": I, "said_by": "government"}),
        ],
    },
    # -- Kenya: a union leader named Florence, "local media reported" -----------------------
    {
        "id": "blind2-25-intl-kenya-doctors",
        "published": "2025-09-08",
        "text": _text(
            "Kenyan doctors begin nationwide strike over unpaid salaries",
            "NAIROBI, Kenya — Doctors in Kenya's public hospitals began a nationwide strike on "
            "Monday over unpaid salaries and delayed postings of medical interns, their union "
            "said.",
            "Florence Wanjiru Mwangi, the secretary general of the Kenya Medical Practitioners, "
            "Pharmacists and Dentists Union, said that some doctors had not been paid since June. "
            "“We have been patient for three months. Patience does not pay rent,” she told "
            "reporters outside Kenyatta National Hospital.",
            "Health Cabinet Secretary Abdi Mohamud Hassan insisted that the government had "
            "released 4.1 billion shillings to counties last week and accused the union of "
            "“holding patients hostage.”",
            "In Kisumu and Mombasa, patients were turned away from county hospitals, local media "
            "reported. The Council of Governors said counties could not pay salaries until the "
            "National Treasury released funds due in July.",
            "The last major strike by Kenyan doctors, in 2024, lasted 56 days.",
        ),
        "gold": [
            ("PLACE", "NAIROBI", 0, {}),
            ("PLACE", "Kenya", 0, {}),
            ("QUOTE", "Doctors in Kenya's public hospitals began a nationwide strike on Monday "
             "over unpaid salaries and delayed postings of medical interns", 0,
             {"quote_type": I, "said_by": "union"}),
            ("PLACE", "[Kenya]'s public", 0, {}),
            ("DATE", "Monday", 0, {"value": "2025-09-08"}),
            ("SPEAKER", "their union", 0, {"key": "union", "resolved": "Kenya Medical "
                                           "Practitioners, Pharmacists and Dentists Union"}),
            ("SPEAKER", "Florence Wanjiru Mwangi", 0, {"key": "mwangi"}),
            ("QUOTE", "some doctors had not been paid since June", 0,
             {"quote_type": I, "said_by": "mwangi"}),
            ("DATE", "June", 0, {"value": "2025-06"}),
            ("QUOTE", "We have been patient for three months. Patience does not pay rent,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] told", 0, {"key": "she", "resolved": "Florence Wanjiru Mwangi"}),
            ("SPEAKER", "Abdi Mohamud Hassan", 0, {"key": "hassan"}),
            ("QUOTE", "the government had released 4.1 billion shillings to counties last week",
             0, {"quote_type": I, "said_by": "hassan"}),
            ("DATE", "last week", 0, {"value": "2025-W36"}),
            ("QUOTE", "holding patients hostage.", 0, {"quote_type": D, "said_by": "hassan"}),
            ("QUOTE", "In Kisumu and Mombasa, patients were turned away from county hospitals", 0,
             {"quote_type": I, "said_by": "media"}),
            ("PLACE", "Kisumu", 0, {}),
            ("PLACE", "Mombasa", 0, {}),
            ("SPEAKER", "local media", 0, {"key": "media"}),
            ("SPEAKER", "The Council of Governors", 0, {"key": "cog"}),
            ("QUOTE", "counties could not pay salaries until the National Treasury released funds "
             "due in July", 0, {"quote_type": I, "said_by": "cog"}),
            ("DATE", "July", 0, {"value": "2025-07"}),
            ("DATE", "2024", 0, {"value": "2024"}),
        ],
    },
    # -- AFP, Senegal: guillemets, a ministry as the source, demonyms ---------------------
    {
        "id": "blind2-26-intl-senegal-boat",
        "published": "2025-11-06",
        "text": _text(
            "At least 27 migrants die as boat capsizes off Senegal",
            "Dakar (AFP) - At least 27 people died when a wooden pirogue carrying migrants "
            "capsized off the coast of Mbour, south of the Senegalese capital, the interior "
            "ministry said on Wednesday.",
            "The boat had left the fishing town of Joal-Fadiouth on Tuesday evening bound for "
            "Spain's Canary Islands, the ministry said in a statement.",
            "«The sea has taken our sons,» said Mamadou Ndiaye, a fisherman in Mbour whose nephew "
            "is among the missing. «There are no fish left here, so they take the boats to "
            "Europe.»",
            "Fisheries minister Aminata Diop Sall told AFP that the government would extend a "
            "youth jobs scheme to coastal towns by next year and blamed foreign trawlers for "
            "emptying Senegal's waters.",
            "More than 46,000 migrants reached the Canaries last year, most of them from "
            "Senegal, Mali and Gambia, according to the Spanish interior ministry.",
        ),
        "gold": [
            ("PLACE", "Senegal", "all", {}),
            ("PLACE", "Dakar", 0, {}),
            ("QUOTE", "At least 27 people died when a wooden pirogue carrying migrants capsized "
             "off the coast of Mbour, south of the Senegalese capital", 0,
             {"quote_type": I, "said_by": "ministry0"}),
            ("PLACE", "Mbour", "all", {}),
            ("SPEAKER", "the interior ministry", 0, {"key": "ministry0"}),
            ("DATE", "Wednesday", 0, {"value": "2025-11-05"}),
            ("QUOTE", "The boat had left the fishing town of Joal-Fadiouth on Tuesday evening "
             "bound for Spain's Canary Islands", 0, {"quote_type": I, "said_by": "ministry1"}),
            ("PLACE", "Joal-Fadiouth", 0, {}),
            ("DATE", "Tuesday evening", 0, {"value": "2025-11-04TEV"}),
            ("PLACE", "Spain", 0, {}),
            ("PLACE", "Canary Islands", 0, {}),
            ("SPEAKER", "the ministry", 0, {"key": "ministry1"}),
            ("QUOTE", "The sea has taken our sons,", 0, {"quote_type": D, "said_by": "ndiaye"}),
            ("SPEAKER", "Mamadou Ndiaye", 0, {"key": "ndiaye"}),
            ("QUOTE", "There are no fish left here, so they take the boats to Europe.", 0,
             {"quote_type": D, "said_by": "ndiaye"}),
            ("PLACE", "Europe", 0, {}),
            ("SPEAKER", "Aminata Diop Sall", 0, {"key": "sall"}),
            ("QUOTE", "the government would extend a youth jobs scheme to coastal towns by next "
             "year", 0, {"quote_type": I, "said_by": "sall"}),
            ("DATE", "next year", 0, {"value": "2026"}),
            ("QUOTE", "More than 46,000 migrants reached the Canaries last year, most of them "
             "from Senegal, Mali and Gambia", 0, {"quote_type": I, "said_by": "ministry2"}),
            ("PLACE", "Canaries", 0, {}),
            ("DATE", "last year", 0, {"value": "2024"}),
            ("PLACE", "Mali", 0, {}),
            ("PLACE", "Gambia", 0, {}),
            ("SPEAKER", "the Spanish interior ministry", 0, {"key": "ministry2"}),
        ],
    },
    # == Business and science ============================================================
    # -- Reuters, Bank of England: a place inside a bank's name, a vote split -------------
    {
        "id": "blind2-27-biz-boe",
        "published": "2025-06-19",
        "text": _text(
            "Bank of England holds rates but three policymakers vote for cut",
            "LONDON, June 19 (Reuters) - The Bank of England held interest rates at 4.25% on "
            "Thursday, but three of its nine policymakers voted for a cut, a sign that borrowing "
            "costs could fall again as soon as August.",
            "Governor Catherine Marlowe said the Bank's Monetary Policy Committee remained on a "
            "“gradual and careful” path but warned that global uncertainty, including conflict "
            "in the Middle East, had risen.",
            "“Interest rates remain on a downward path, but they are not on a pre-set course,” "
            "Marlowe said in a statement.",
            "Sterling fell 0.3% against the dollar after the decision. Economists at ING said the "
            "vote split pointed to a cut in August, while the Office for National Statistics "
            "reported on Wednesday that inflation had eased to 3.4% in May.",
            "Britain's economy shrank 0.3% in April, official figures showed last week.",
        ),
        "gold": [
            ("PLACE", "LONDON", 0, {}),
            ("DATE", "June 19", 0, {"value": "2025-06-19"}),
            ("DATE", "Thursday", 0, {"value": "2025-06-19"}),
            ("DATE", "August", "all", {"value": "2025-08"}),
            ("SPEAKER", "Catherine Marlowe", 0, {"key": "marlowe0"}),
            ("QUOTE", "the Bank's Monetary Policy Committee remained on a “gradual and careful” "
             "path", 0, {"quote_type": I, "said_by": "marlowe0"}),
            ("QUOTE", "gradual and careful", 0, {"quote_type": D, "said_by": "marlowe0"}),
            ("QUOTE", "global uncertainty, including conflict in the Middle East, had risen", 0,
             {"quote_type": I, "said_by": "marlowe0"}),
            ("PLACE", "Middle East", 0, {}),
            ("QUOTE", "Interest rates remain on a downward path, but they are not on a pre-set "
             "course,", 0, {"quote_type": D, "said_by": "marlowe1"}),
            ("SPEAKER", "[Marlowe] said in", 0, {"key": "marlowe1"}),
            ("SPEAKER", "Economists at ING", 0, {"key": "ing"}),
            ("QUOTE", "the vote split pointed to a cut in August", 0,
             {"quote_type": I, "said_by": "ing"}),
            ("SPEAKER", "the Office for National Statistics", 0, {"key": "ons"}),
            ("DATE", "Wednesday", 0, {"value": "2025-06-18"}),
            ("QUOTE", "inflation had eased to 3.4% in May", 0, {"quote_type": I, "said_by": "ons"}),
            ("DATE", "May", 0, {"value": "2025-05"}),
            ("PLACE", "Britain", 0, {}),
            ("DATE", "April", 0, {"value": "2025-04"}),
            ("DATE", "last week", 0, {"value": "2025-W24"}),
        ],
    },
    # -- Science: University of Sydney study, "scientists warn" headline --------------------
    {
        "id": "blind2-28-sci-reef",
        "published": "2025-01-09",
        "text": _text(
            "Heatwaves now killing deep corals on Great Barrier Reef, scientists warn",
            "Marine heatwaves are killing corals at depths once thought to be a refuge, according "
            "to a study led by the University of Sydney and published on Wednesday in the journal "
            "Nature.",
            "The team surveyed 120 sites along the reef between 2016 and 2024, diving to 40 "
            "metres.",
            "“We used to think the deeper reefs would be a lifeboat for the shallow ones. That "
            "idea is now in serious doubt,” said lead author Dr Mei-Lin Tanaka, a marine "
            "ecologist at the university.",
            "Co-author Professor Jarrah Wilson, a Yawuru man who grew up in Broome, said "
            "Indigenous rangers had noticed bleaching at depth as early as the summer of 2020.",
            "The Great Barrier Reef Marine Park Authority said it would review the findings. "
            "Queensland's environment minister, Hayley Costigan, told ABC Radio Brisbane on "
            "Thursday morning that the state would fund a new deep-reef monitoring program.",
        ),
        "gold": [
            ("QUOTE", "Heatwaves now killing deep corals on Great Barrier Reef", 0,
             {"quote_type": I, "said_by": "scientists"}),
            ("PLACE", "Great Barrier Reef", 0, {}),
            ("SPEAKER", "scientists", 0, {"key": "scientists"}),
            ("QUOTE", "Marine heatwaves are killing corals at depths once thought to be a refuge",
             0, {"quote_type": I, "said_by": "study"}),
            ("SPEAKER", "to [a study] led", 0, {"key": "study"}),
            ("DATE", "Wednesday", 0, {"value": "2025-01-08"}),
            ("DATE", "2016", 0, {"value": "2016"}),
            ("DATE", "2024", 0, {"value": "2024"}),
            ("QUOTE", "We used to think the deeper reefs would be a lifeboat for the shallow ones. "
             "That idea is now in serious doubt,", 0, {"quote_type": D, "said_by": "tanaka"}),
            ("SPEAKER", "Mei-Lin Tanaka", 0, {"key": "tanaka"}),
            ("SPEAKER", "Jarrah Wilson", 0, {"key": "wilson"}),
            ("PLACE", "Broome", 0, {}),
            ("QUOTE", "Indigenous rangers had noticed bleaching at depth as early as the summer "
             "of 2020", 0, {"quote_type": I, "said_by": "wilson"}),
            ("DATE", "the summer of 2020", 0, {"value": "2020-SU"}),
            ("SPEAKER", "The Great Barrier Reef Marine Park Authority", 0, {"key": "gbrmpa"}),
            ("QUOTE", "it would review the findings", 0, {"quote_type": I, "said_by": "gbrmpa"}),
            ("PLACE", "Queensland", 0, {}),
            ("SPEAKER", "Hayley Costigan", 0, {"key": "costigan"}),
            ("DATE", "Thursday morning", 0, {"value": "2025-01-09TMO"}),
            ("QUOTE", "the state would fund a new deep-reef monitoring program", 0,
             {"quote_type": I, "said_by": "costigan"}),
        ],
    },
    # -- Texas Department of Transportation contract: "Dallas-based", "Madrid-based" --------
    {
        "id": "blind2-29-biz-txdot",
        "published": "2025-12-01",
        "text": _text(
            "TxDOT awards $1.1 billion contract for north Houston interchange",
            "HOUSTON — The Texas Department of Transportation has awarded a $1.1 billion contract "
            "to rebuild the interchange of Interstate 45 and Interstate 610 north of downtown "
            "Houston, the agency said Monday.",
            "The contract went to a joint venture of Dallas-based Redline Constructors and "
            "Madrid-based Iberovia. Construction is scheduled to begin in spring 2026 and last "
            "about six years, TxDOT district engineer Eliza Montemayor said.",
            "“This interchange carries more than 300,000 vehicles a day, and it was designed in "
            "the 1950s,” Montemayor told reporters. “We are asking drivers to be patient with us "
            "for a long time.”",
            "Harris County Commissioner Leticia Ybarra said residents of the Near Northside had "
            "been promised noise walls and better drainage, and that the county would hold TxDOT "
            "to it.",
            "The Federal Highway Administration approved the project's environmental review in "
            "March 2023.",
        ),
        "gold": [
            ("PLACE", "Houston", "all", {}),
            ("PLACE", "HOUSTON", 0, {}),
            ("QUOTE", "The Texas Department of Transportation has awarded a $1.1 billion contract "
             "to rebuild the interchange of Interstate 45 and Interstate 610 north of downtown "
             "Houston", 0, {"quote_type": I, "said_by": "agency"}),
            ("SPEAKER", "the agency", 0,
             {"key": "agency", "resolved": "Texas Department of Transportation"}),
            ("DATE", "Monday", 0, {"value": "2025-12-01"}),
            ("PLACE", "Dallas", 0, {}),
            ("PLACE", "Madrid", 0, {}),
            ("QUOTE", "Construction is scheduled to begin in spring 2026 and last about six years",
             0, {"quote_type": I, "said_by": "montemayor0"}),
            ("DATE", "spring 2026", 0, {"value": "2026-SP"}),
            ("SPEAKER", "Eliza Montemayor", 0, {"key": "montemayor0"}),
            ("QUOTE", "This interchange carries more than 300,000 vehicles a day, and it was "
             "designed in the 1950s,", 0, {"quote_type": D, "said_by": "montemayor1"}),
            ("DATE", "the 1950s", 0, {"value": "195"}),
            ("SPEAKER", "[Montemayor] told", 0, {"key": "montemayor1"}),
            ("QUOTE", "We are asking drivers to be patient with us for a long time.", 0,
             {"quote_type": D, "said_by": "montemayor1"}),
            ("PLACE", "Harris County", 0, {}),
            ("SPEAKER", "Leticia Ybarra", 0, {"key": "ybarra"}),
            ("QUOTE", "residents of the Near Northside had been promised noise walls and better "
             "drainage", 0, {"quote_type": I, "said_by": "ybarra"}),
            ("PLACE", "Near Northside", 0, {}),
            ("QUOTE", "the county would hold TxDOT to it", 0,
             {"quote_type": I, "said_by": "ybarra"}),
            ("DATE", "March 2023", 0, {"value": "2023-03"}),
        ],
    },
    # -- AP business: Paris Hilton is a person, "Singapore-based" is a place ----------------
    {
        "id": "blind2-30-biz-casino-sale",
        "published": "2024-07-30",
        "text": _text(
            "Las Vegas casino operator to sell Desert Palms for $1.7 billion",
            "LAS VEGAS (AP) — Meridian Resorts International said Tuesday it would sell the "
            "Desert Palms hotel-casino in Las Vegas to a Singapore-based investment fund for $1.7 "
            "billion, the latest in a string of property deals in the city this year.",
            "The property, which opened in 1994, was once a favorite of celebrities such as "
            "Paris Hilton. Meridian CEO Dwayne Kessler told analysts the hotel would keep its "
            "name and its 2,400 employees.",
            "\"This is the right time to sell,\" Kessler said. \"Valuations in this city are as "
            "high as we've ever seen them.\"",
            "Visitor numbers to Las Vegas fell 7% in the first half of the year, according to "
            "the Las Vegas Convention and Visitors Authority, which blamed fewer international "
            "travelers, particularly from Canada.",
            "Shares of Meridian rose 4% on the Nasdaq. The deal is expected to close in the "
            "fourth quarter, pending approval by the Nevada Gaming Commission.",
        ),
        "gold": [
            ("PLACE", "Las Vegas", "all", {"skip": ("Las Vegas Convention",)}),
            ("PLACE", "LAS VEGAS", 0, {}),
            ("SPEAKER", "Meridian Resorts International", 0, {"key": "meridian"}),
            ("DATE", "Tuesday", 0, {"value": "2024-07-30"}),
            ("QUOTE", "it would sell the Desert Palms hotel-casino in Las Vegas to a "
             "Singapore-based investment fund for $1.7 billion", 0,
             {"quote_type": I, "said_by": "meridian"}),
            ("PLACE", "Singapore", 0, {}),
            ("DATE", "this year", 0, {"value": "2024"}),
            ("DATE", "1994", 0, {"value": "1994"}),
            ("SPEAKER", "Dwayne Kessler", 0, {"key": "kessler0"}),
            ("QUOTE", "the hotel would keep its name and its 2,400 employees", 0,
             {"quote_type": I, "said_by": "kessler0"}),
            ("QUOTE", "This is the right time to sell,", 0,
             {"quote_type": D, "said_by": "kessler1"}),
            ("SPEAKER", "[Kessler] said", 0, {"key": "kessler1"}),
            ("QUOTE", "Valuations in this city are as high as we've ever seen them.", 0,
             {"quote_type": D, "said_by": "kessler1"}),
            ("QUOTE", "Visitor numbers to Las Vegas fell 7% in the first half of the year", 0,
             {"quote_type": I, "said_by": "lvcva"}),
            ("DATE", "the first half of the year", 0, {"value": "2024-H1"}),
            ("SPEAKER", "the Las Vegas Convention and Visitors Authority", 0, {"key": "lvcva"}),
            ("PLACE", "Canada", 0, {}),
            ("DATE", "the fourth quarter", 0, {"value": "2024-Q4"}),
        ],
    },
    # -- Science, South Africa: 'Day Zero' scare quotes, straight single quotes -------------
    {
        "id": "blind2-31-sci-cape-town-water",
        "published": "2023-06-22",
        "text": _text(
            "Cape Town dams near full, but scientists urge caution",
            "Cape Town's dams are fuller than at any time since 2014, but scientists at the "
            "University of Cape Town say the city must not repeat the mistakes that led to the "
            "'Day Zero' crisis.",
            "In a paper published on Tuesday in the journal Water Research, the team said that "
            "water use in the city had crept back up to 80% of pre-drought levels.",
            "'People have short memories,' said Professor Nomvula Dlamini, who led the study. 'In "
            "2018 we were weeks away from turning off the taps. Today the dams are at 94%, and it "
            "is easy to forget.'",
            "The city's mayoral committee member for water, Siyabonga Mthembu, said the council "
            "had cut leaks by a third since 2019 and would spend R3.4 billion on desalination and "
            "groundwater by 2027.",
            "The Western Cape has had above-average winter rainfall for three years running, "
            "according to the South African Weather Service.",
        ),
        "gold": [
            ("PLACE", "Cape Town", "all", {"skip": ("Cape Town say",)}),
            ("DATE", "2014", 0, {"value": "2014"}),
            ("SPEAKER", "scientists at the University of Cape Town", 0, {"key": "scientists"}),
            ("QUOTE", "the city must not repeat the mistakes that led to the 'Day Zero' crisis", 0,
             {"quote_type": I, "said_by": "scientists"}),
            ("DATE", "Tuesday", 0, {"value": "2023-06-20"}),
            ("SPEAKER", "the team", 0, {"key": "team"}),
            ("QUOTE", "water use in the city had crept back up to 80% of pre-drought levels", 0,
             {"quote_type": I, "said_by": "team"}),
            ("QUOTE", "People have short memories,", 0, {"quote_type": D, "said_by": "dlamini"}),
            ("SPEAKER", "Nomvula Dlamini", 0, {"key": "dlamini"}),
            ("QUOTE", "In 2018 we were weeks away from turning off the taps. Today the dams are "
             "at 94%, and it is easy to forget.", 0, {"quote_type": D, "said_by": "dlamini"}),
            ("DATE", "2018", 0, {"value": "2018"}),
            ("DATE", "Today", 0, {"value": "2023-06-22"}),
            ("SPEAKER", "Siyabonga Mthembu", 0, {"key": "mthembu"}),
            ("QUOTE", "the council had cut leaks by a third since 2019 and would spend R3.4 "
             "billion on desalination and groundwater by 2027", 0,
             {"quote_type": I, "said_by": "mthembu"}),
            ("DATE", "2019", 0, {"value": "2019"}),
            ("DATE", "2027", 0, {"value": "2027"}),
            ("QUOTE", "The Western Cape has had above-average winter rainfall for three years "
             "running", 0, {"quote_type": I, "said_by": "saws"}),
            ("PLACE", "Western Cape", 0, {}),
            ("SPEAKER", "the South African Weather Service", 0, {"key": "saws"}),
        ],
    },
    # == Hard dates ======================================================================
    # -- Local TV, school district: ranges, recurring weekdays, holidays, "two weeks from" --
    {
        "id": "blind2-32-dates-summer-school",
        "published": "2025-05-19",
        "text": _text(
            "Denver summer school to start later this year",
            "DENVER (KDVR) — Summer school in Denver Public Schools will run from June 9 through "
            "July 3 this year, a week later than in 2024, the district said Monday.",
            "Classes will be held Monday through Thursday, with Fridays reserved for field trips, "
            "spokesperson Renata Ojeda said.",
            "The school board voted 5-2 last Thursday to push back the first day of the new "
            "school year to Aug. 18. Board member Xóchitl Gaytán, who voted no, said families had "
            "planned around the old Aug. 11 start “since last spring.”",
            "The district will hold a hiring fair for summer teachers the day after Memorial Day, "
            "and registration closes two weeks from Friday.",
            "In the 1990s, summer school in Denver ran for eight weeks, according to district "
            "records.",
        ),
        "gold": [
            ("PLACE", "[Denver] summer", 0, {}),
            ("DATE", "later this year", 0, {"value": "2025"}),
            ("PLACE", "DENVER", 0, {}),
            ("QUOTE", "Summer school in Denver Public Schools will run from June 9 through July 3 "
             "this year, a week later than in 2024", 0, {"quote_type": I, "said_by": "district"}),
            ("DATE", "June 9", 0, {"value": "2025-06-09"}),
            ("DATE", "July 3", 0, {"value": "2025-07-03"}),
            ("DATE", "July 3 [this year]", 0, {"value": "2025"}),
            ("DATE", "2024", 0, {"value": "2024"}),
            ("SPEAKER", "the district", 0,
             {"key": "district", "resolved": "Denver Public Schools"}),
            ("DATE", "said [Monday]", 0, {"value": "2025-05-19"}),
            ("QUOTE", "Classes will be held Monday through Thursday, with Fridays reserved for "
             "field trips", 0, {"quote_type": I, "said_by": "ojeda"}),
            ("SPEAKER", "Renata Ojeda", 0, {"key": "ojeda"}),
            ("DATE", "last Thursday", 0, {"value": "2025-05-15"}),
            ("DATE", "Aug. 18", 0, {"value": "2025-08-18"}),
            ("SPEAKER", "Xóchitl Gaytán", 0, {"key": "gaytan"}),
            ("QUOTE", "families had planned around the old Aug. 11 start", 0,
             {"quote_type": I, "said_by": "gaytan"}),
            ("DATE", "Aug. 11", 0, {"value": "2025-08-11"}),
            ("QUOTE", "since last spring.", 0, {"quote_type": D, "said_by": "gaytan"}),
            ("DATE", "last spring", 0, {"value": "2024-SP"}),
            ("DATE", "the day after Memorial Day", 0, {"value": "2025-05-27"}),
            ("DATE", "two weeks from Friday", 0, {"value": "2025-06-06"}),
            ("QUOTE", "In the 1990s, summer school in Denver ran for eight weeks", 0,
             {"quote_type": I, "said_by": "records"}),
            ("DATE", "the 1990s", 0, {"value": "199"}),
            ("PLACE", "in [Denver] ran", 0, {}),
            ("SPEAKER", "district records", 0, {"key": "records"}),
        ],
    },
    # -- Retail earnings: fiscal quarters and years, seasons, decades -----------------------
    {
        "id": "blind2-33-dates-fiscal",
        "published": "2023-11-09",
        "text": _text(
            "Cascade Outdoor cuts forecast again as warm autumn hurts jacket sales",
            "SEATTLE — Cascade Outdoor Co. said Thursday that sales fell 6% in its fiscal first "
            "quarter, which ended Sept. 30, and cut its forecast for fiscal 2024 for the second "
            "time this year.",
            "Chief Financial Officer Priya Venkataraman told analysts on a call that a warm "
            "autumn in the Pacific Northwest had hurt sales of jackets and that the company "
            "expected a rebound once colder weather arrives.",
            "“October was the warmest we have seen in Seattle since the 1950s,” she said. “You "
            "can’t sell a parka when it’s 70 degrees.”",
            "The company now expects fiscal 2024 revenue of $1.32 billion to $1.36 billion, down "
            "from its August forecast of $1.4 billion. A year ago, sales in the same quarter rose "
            "11%. Shares fell 9% in extended trading.",
        ),
        "gold": [
            ("DATE", "warm [autumn] hurts", 0, {"value": "2023-FA"}),
            ("PLACE", "SEATTLE", 0, {}),
            ("SPEAKER", "Cascade Outdoor Co.", 0, {"key": "cascade"}),
            ("DATE", "Thursday", 0, {"value": "2023-11-09"}),
            ("QUOTE", "sales fell 6% in its fiscal first quarter, which ended Sept. 30", 0,
             {"quote_type": I, "said_by": "cascade"}),
            ("DATE", "fiscal first quarter", 0, {"value": "FY2024-Q1"}),
            ("DATE", "Sept. 30", 0, {"value": "2023-09-30"}),
            ("DATE", "fiscal 2024", "all", {"value": "FY2024"}),
            ("DATE", "this year", 0, {"value": "2023"}),
            ("SPEAKER", "Priya Venkataraman", 0, {"key": "venkataraman"}),
            ("QUOTE", "a warm autumn in the Pacific Northwest had hurt sales of jackets", 0,
             {"quote_type": I, "said_by": "venkataraman"}),
            ("DATE", "a warm [autumn] in", 0, {"value": "2023-FA"}),
            ("PLACE", "Pacific Northwest", 0, {}),
            ("QUOTE", "the company expected a rebound once colder weather arrives", 0,
             {"quote_type": I, "said_by": "venkataraman"}),
            ("QUOTE", "October was the warmest we have seen in Seattle since the 1950s,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("DATE", "October", 0, {"value": "2023-10"}),
            ("PLACE", "Seattle", 0, {}),
            ("DATE", "the 1950s", 0, {"value": "195"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Priya Venkataraman"}),
            ("QUOTE", "You can’t sell a parka when it’s 70 degrees.", 0,
             {"quote_type": D, "said_by": "she"}),
            ("DATE", "August", 0, {"value": "2023-08"}),
            ("DATE", "A year ago", 0, {"value": "2022"}),
            ("DATE", "the same quarter", 0, {"value": "FY2023-Q1"}),
        ],
    },
    # -- British rail strike: holidays, "the day before yesterday", "a fortnight ago" --------
    {
        "id": "blind2-34-dates-rail-strike",
        "published": "2024-09-24",
        "text": _text(
            "Train drivers to strike on Christmas Eve after talks collapse",
            "Train drivers at Northern Crest will strike on Christmas Eve and again in early "
            "January, the Aslef union announced on Tuesday evening.",
            "The union's general secretary, Dave Corrigan, said talks had broken down the day "
            "before yesterday after the company 'walked away from the table'.",
            "Northern Crest said it had offered a 4.5% rise a fortnight ago and that it was "
            "'disappointed' by the decision. 'Nobody wants passengers stranded at Christmas,' a "
            "company spokeswoman said. 'We would urge Aslef to come back next Thursday, when we "
            "have offered further talks.'",
            "Passengers in Manchester, Preston and Carlisle were hit by similar walkouts in late "
            "2023. Engineering works will also close the line between Lancaster and Oxenholme "
            "this weekend.",
            "The Transport Secretary, Helen Ashdown, told MPs that new minimum service rules would "
            "be in force by early next year.",
        ),
        "gold": [
            ("DATE", "Christmas Eve", "all", {"value": "2024-12-24"}),
            ("QUOTE", "Train drivers at Northern Crest will strike on Christmas Eve and again in "
             "early January", 0, {"quote_type": I, "said_by": "aslef"}),
            ("DATE", "early January", 0, {"value": "2025-01"}),
            ("SPEAKER", "the Aslef union", 0, {"key": "aslef"}),
            ("DATE", "Tuesday evening", 0, {"value": "2024-09-24TEV"}),
            ("SPEAKER", "Dave Corrigan", 0, {"key": "corrigan"}),
            ("QUOTE", "talks had broken down the day before yesterday after the company", 0,
             {"quote_type": I, "said_by": "corrigan"}),
            ("DATE", "the day before yesterday", 0, {"value": "2024-09-22"}),
            ("QUOTE", "walked away from the table", 0, {"quote_type": D, "said_by": "corrigan"}),
            ("SPEAKER", "[Northern Crest] said", 0, {"key": "nc"}),
            ("QUOTE", "it had offered a 4.5% rise a fortnight ago", 0,
             {"quote_type": I, "said_by": "nc"}),
            ("DATE", "a fortnight ago", 0, {"value": "2024-W37"}),
            ("QUOTE", "it was 'disappointed' by the decision", 0,
             {"quote_type": I, "said_by": "nc"}),
            ("QUOTE", "disappointed", 0, {"quote_type": D, "said_by": "nc"}),
            ("QUOTE", "Nobody wants passengers stranded at Christmas,", 0,
             {"quote_type": D, "said_by": "spokeswoman"}),
            ("DATE", "stranded at [Christmas]", 0, {"value": "2024-12-25"}),
            ("SPEAKER", "a company spokeswoman", 0, {"key": "spokeswoman"}),
            ("QUOTE", "We would urge Aslef to come back next Thursday, when we have offered "
             "further talks.", 0, {"quote_type": D, "said_by": "spokeswoman"}),
            ("DATE", "next Thursday", 0, {"value": "2024-10-03"}),
            ("PLACE", "Manchester", 0, {}),
            ("PLACE", "Preston", 0, {}),
            ("PLACE", "Carlisle", 0, {}),
            ("DATE", "late 2023", 0, {"value": "2023"}),
            ("PLACE", "Lancaster", 0, {}),
            ("PLACE", "Oxenholme", 0, {}),
            ("DATE", "this weekend", 0, {"value": "2024-W39-WE"}),
            ("SPEAKER", "Helen Ashdown", 0, {"key": "ashdown"}),
            ("QUOTE", "new minimum service rules would be in force by early next year", 0,
             {"quote_type": I, "said_by": "ashdown"}),
            ("DATE", "early next year", 0, {"value": "2025"}),
        ],
    },
    # -- AP, shutdown plans: fiscal years, dated ranges, "the end of the week" ---------------
    {
        "id": "blind2-35-dates-shutdown-parks",
        "published": "2025-09-30",
        "text": _text(
            "Park visitor centers to close if government shuts down",
            "WASHINGTON (AP) — The National Park Service will close visitor centers at 40 parks "
            "if Congress fails to pass a spending bill before fiscal year 2026 begins at "
            "midnight, the Interior Department said Tuesday.",
            "The department's contingency plan, posted late Monday, says about 9,300 of the "
            "agency's 14,500 employees would be furloughed on Wednesday.",
            "During the last long shutdown, which stretched from Dec. 22, 2018, to Jan. 25, "
            "2019, overflowing trash and vandalism damaged Joshua Tree National Park in "
            "California. \"We learned the hard way what happens when the gates are open and "
            "nobody is watching,\" said Marguerite Oyelowo, president of a parks advocacy group.",
            "A spokesman for the Office of Management and Budget said the White House expected a "
            "short-term deal by the end of the week but was ready for a shutdown that lasts into "
            "November.",
            "Agencies also face a deadline of Dec. 31 to spend money left over from fiscal 2025, "
            "officials said.",
        ),
        "gold": [
            ("PLACE", "WASHINGTON", 0, {}),
            ("QUOTE", "The National Park Service will close visitor centers at 40 parks if "
             "Congress fails to pass a spending bill before fiscal year 2026 begins at midnight",
             0, {"quote_type": I, "said_by": "interior"}),
            ("DATE", "fiscal year 2026", 0, {"value": "FY2026"}),
            ("SPEAKER", "the Interior Department", 0, {"key": "interior"}),
            ("DATE", "Tuesday", 0, {"value": "2025-09-30"}),
            ("SPEAKER", "The department's contingency plan", 0, {"key": "plan"}),
            ("DATE", "late Monday", 0, {"value": "2025-09-29"}),
            ("QUOTE", "about 9,300 of the agency's 14,500 employees would be furloughed on "
             "Wednesday", 0, {"quote_type": I, "said_by": "plan"}),
            ("DATE", "Wednesday", 0, {"value": "2025-10-01"}),
            ("DATE", "Dec. 22, 2018", 0, {"value": "2018-12-22"}),
            ("DATE", "Jan. 25, 2019", 0, {"value": "2019-01-25"}),
            ("PLACE", "California", 0, {}),
            ("QUOTE", "We learned the hard way what happens when the gates are open and nobody is "
             "watching,", 0, {"quote_type": D, "said_by": "oyelowo"}),
            ("SPEAKER", "Marguerite Oyelowo", 0, {"key": "oyelowo"}),
            ("SPEAKER", "A spokesman for the Office of Management and Budget", 0, {"key": "omb"}),
            ("QUOTE", "the White House expected a short-term deal by the end of the week but was "
             "ready for a shutdown that lasts into November", 0,
             {"quote_type": I, "said_by": "omb"}),
            ("DATE", "the end of the week", 0, {"value": "2025-W40"}),
            ("DATE", "November", 0, {"value": "2025-11"}),
            ("QUOTE", "Agencies also face a deadline of Dec. 31 to spend money left over from "
             "fiscal 2025", 0, {"quote_type": I, "said_by": "officials"}),
            ("DATE", "Dec. 31", 0, {"value": "2025-12-31"}),
            ("DATE", "fiscal 2025", 0, {"value": "FY2025"}),
            ("SPEAKER", "officials", 0, {"key": "officials"}),
        ],
    },
    # -- Canadian storm story: parts of days, weekday pairs, "Last February" -----------------
    {
        "id": "blind2-36-dates-halifax-storm",
        "published": "2025-01-27",
        "text": _text(
            "Nova Scotia schools shut again as more snow, freezing rain loom",
            "HALIFAX — Schools across Nova Scotia were closed for a third straight day Monday "
            "after the weekend storm dumped up to 70 centimetres of snow on parts of the "
            "province, the Department of Education said.",
            "Environment Canada meteorologist Leah Thibodeau said Sunday night that another "
            "system could bring freezing rain on Wednesday or Thursday, and that temperatures "
            "would not climb above zero until early February.",
            "“It’s the most snow we’ve had in one go since White Juan in 2004,” Thibodeau said.",
            "The city said sidewalk clearing would take until at least Thursday evening. Mayor "
            "Carla Boudreau told CBC News on Monday that crews had been working ‘around the clock "
            "since Friday night’. “This is a marathon, not a sprint,” she said.",
            "Last February, a storm buried parts of Cape Breton under 150 centimetres of snow in "
            "three days.",
        ),
        "gold": [
            ("PLACE", "Nova Scotia", "all", {}),
            ("PLACE", "HALIFAX", 0, {}),
            ("QUOTE", "Schools across Nova Scotia were closed for a third straight day Monday "
             "after the weekend storm dumped up to 70 centimetres of snow on parts of the "
             "province", 0, {"quote_type": I, "said_by": "education"}),
            ("DATE", "day [Monday] after", 0, {"value": "2025-01-27"}),
            ("DATE", "the [weekend] storm", 0, {"value": "2025-W04-WE"}),
            ("SPEAKER", "the Department of Education", 0, {"key": "education"}),
            ("SPEAKER", "Leah Thibodeau", 0, {"key": "thibodeau0"}),
            ("DATE", "Sunday night", 0, {"value": "2025-01-26TNI"}),
            ("QUOTE", "another system could bring freezing rain on Wednesday or Thursday", 0,
             {"quote_type": I, "said_by": "thibodeau0"}),
            ("DATE", "Wednesday", 0, {"value": "2025-01-29"}),
            ("DATE", "Wednesday or [Thursday]", 0, {"value": "2025-01-30"}),
            ("QUOTE", "temperatures would not climb above zero until early February", 0,
             {"quote_type": I, "said_by": "thibodeau0"}),
            ("DATE", "early February", 0, {"value": "2025-02"}),
            ("QUOTE", "It’s the most snow we’ve had in one go since White Juan in 2004,", 0,
             {"quote_type": D, "said_by": "thibodeau1"}),
            ("DATE", "2004", 0, {"value": "2004"}),
            ("SPEAKER", "[Thibodeau] said.", 0, {"key": "thibodeau1"}),
            ("SPEAKER", "The city", 0, {"key": "city", "resolved": "Halifax"}),
            ("QUOTE", "sidewalk clearing would take until at least Thursday evening", 0,
             {"quote_type": I, "said_by": "city"}),
            ("DATE", "Thursday evening", 0, {"value": "2025-01-30TEV"}),
            ("SPEAKER", "Carla Boudreau", 0, {"key": "boudreau"}),
            ("DATE", "on [Monday] that", 0, {"value": "2025-01-27"}),
            ("QUOTE", "crews had been working", 0, {"quote_type": I, "said_by": "boudreau"}),
            ("QUOTE", "around the clock since Friday night", 0,
             {"quote_type": D, "said_by": "boudreau"}),
            ("DATE", "Friday night", 0, {"value": "2025-01-24TNI"}),
            ("QUOTE", "This is a marathon, not a sprint,", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Carla Boudreau"}),
            ("DATE", "Last February", 0, {"value": "2024-02"}),
            ("PLACE", "Cape Breton", 0, {}),
        ],
    },
]
