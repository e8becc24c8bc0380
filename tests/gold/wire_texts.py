"""The texts and hand annotations of the wire dev set (built by ``build_wire.py``).

Forty short news passages written for this set (none is copied from a real article), in
the styles of the held-out corpora: AP/Reuters wire copy with datelines, 1990s Wall Street
Journal business and politics news in the TimeBank manner, BBC/Guardian copy with single
quotes, sports, courts, science, local US news, and a few texts where nothing must match.
The people, companies and events are invented; the places are real.

Annotations follow ``build_gold.py``: ``(label, surface, occurrence, extra)``, with
``[...]`` marking the span inside a longer context and ``"all"`` for a PLACE name wherever
it occurs in the content (``skip`` lists prefixes that rule a match out).
"""

from __future__ import annotations

from typing import Any

D, I = "direct", "indirect"  # noqa: E741 - short names keep the tables readable


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


# Each passage: id, meta.published (None: no publication date), text, annotations.
PASSAGES: list[dict[str, Any]] = [
    # -- AP wire, US politics ------------------------------------------------------------
    {
        "id": "wire-01-ap-senate",
        "published": "2024-03-14",
        "text": _text(
            "WASHINGTON (AP) — The Senate voted Wednesday to extend a federal program that pays "
            "for rural broadband, sending the measure to President Joe Biden ahead of a March 31 "
            "deadline.",
            "\"This is a lifeline for families who have been left behind,\" said Sen. Maria "
            "Delgado, a Democrat from New Mexico who sponsored the bill.",
            "Republican leaders said they would not block the extension but warned that the "
            "program's costs had grown faster than expected. Sen. Tom Hadley of Kansas said the "
            "agency running it \"has not shown us where the money went.\"",
            "The White House said Biden would sign the bill. The extension runs through "
            "September 2025.",
            "The program was created in 2021 and has connected about 4 million homes, according "
            "to the Federal Communications Commission.",
        ),
        "gold": [
            ("PLACE", "WASHINGTON", 0, {}),
            ("DATE", "voted [Wednesday]", 0, {"value": "2024-03-13"}),
            ("DATE", "March 31", 0, {"value": "2024-03-31"}),
            ("QUOTE", "This is a lifeline for families who have been left behind,", 0,
             {"quote_type": D, "said_by": "delgado"}),
            ("SPEAKER", "Maria Delgado", 0, {"key": "delgado"}),
            ("PLACE", "New Mexico", 0, {}),
            ("SPEAKER", "Republican leaders", 0, {"key": "gop"}),
            ("QUOTE", "they would not block the extension", 0,
             {"quote_type": I, "said_by": "gop"}),
            ("QUOTE", "the program's costs had grown faster than expected", 0,
             {"quote_type": I, "said_by": "gop"}),
            ("SPEAKER", "Tom Hadley", 0, {"key": "hadley"}),
            ("PLACE", "Kansas", 0, {}),
            ("QUOTE", "the agency running it", 0, {"quote_type": I, "said_by": "hadley"}),
            ("QUOTE", "has not shown us where the money went.", 0,
             {"quote_type": D, "said_by": "hadley"}),
            ("SPEAKER", "The White House", 0, {"key": "wh"}),
            ("QUOTE", "Biden would sign the bill", 0, {"quote_type": I, "said_by": "wh"}),
            ("DATE", "September 2025", 0, {"value": "2025-09"}),
            ("QUOTE", "The program was created in 2021 and has connected about 4 million homes", 0,
             {"quote_type": I, "said_by": "fcc"}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("SPEAKER", "the Federal Communications Commission", 0, {"key": "fcc"}),
        ],
    },
    # -- Reuters, markets ----------------------------------------------------------------
    {
        "id": "wire-02-reuters-boe",
        "published": "2024-05-03",
        "text": _text(
            "LONDON, May 3 (Reuters) - British house prices rose for a third month in April, "
            "mortgage lender Halifax said on Friday, adding to signs that the market is "
            "recovering from last year's slump.",
            "Prices were 1.1% higher than a year earlier, Halifax said. Economists polled by "
            "Reuters had expected a rise of 0.8%.",
            "\"Demand has held up better than we feared,\" Amanda Bryden, head of mortgages at "
            "Halifax, told Reuters. \"But affordability is still stretched, especially in London "
            "and the South East.\"",
            "The Bank of England is expected to keep interest rates on hold next week.",
        ),
        "gold": [
            ("PLACE", "LONDON", 0, {}),
            ("DATE", "May 3", 0, {"value": "2024-05-03"}),
            ("QUOTE", "British house prices rose for a third month in April", 0,
             {"quote_type": I, "said_by": "halifax0"}),
            ("DATE", "in [April]", 0, {"value": "2024-04"}),
            ("SPEAKER", "lender [Halifax] said", 0, {"key": "halifax0"}),
            ("DATE", "said on [Friday]", 0, {"value": "2024-05-03"}),
            ("DATE", "last year", 0, {"value": "2023"}),
            ("DATE", "a year earlier", 0, {"value": "2023-04"}),
            ("PLACE", "South East", 0, {}),
            ("QUOTE", "Prices were 1.1% higher than a year earlier", 0,
             {"quote_type": I, "said_by": "halifax1"}),
            ("SPEAKER", "earlier, [Halifax] said", 0, {"key": "halifax1"}),
            ("QUOTE", "Demand has held up better than we feared,", 0,
             {"quote_type": D, "said_by": "bryden"}),
            ("SPEAKER", "Amanda Bryden", 0, {"key": "bryden"}),
            ("QUOTE", "But affordability is still stretched, especially in London and the South "
             "East.", 0, {"quote_type": D, "said_by": "bryden"}),
            ("PLACE", "in [London] and", 0, {}),
            ("DATE", "next week", 0, {"value": "2024-W19"}),
        ],
    },
    # -- WSJ 1989, earnings, company names with places -----------------------------------
    {
        "id": "wire-03-wsj-earnings",
        "published": "1989-10-27",
        "text": _text(
            "Texas Instruments Inc. said its third-quarter net income fell 32%, hurt by weak "
            "prices for memory chips.",
            "The Dallas-based company earned $48 million, or 51 cents a share, in the quarter, "
            "compared with $71 million, or 76 cents a share, a year earlier. Revenue slipped 4% "
            "to $1.46 billion.",
            "Jerry Junkins, chairman, said the company expects chip prices to stabilize in the "
            "first half of 1990. He added that the defense business remained strong.",
            "In New York Stock Exchange composite trading yesterday, Texas Instruments shares "
            "closed at $34.25, down 87.5 cents. Two years ago the stock traded above $60.",
        ),
        "gold": [
            ("DATE", "third-quarter", 0, {"value": "1989-Q3"}),
            ("PLACE", "Dallas", 0, {}),
            ("SPEAKER", "Jerry Junkins", 0, {"key": "junkins"}),
            ("QUOTE", "the company expects chip prices to stabilize in the first half of 1990", 0,
             {"quote_type": I, "said_by": "junkins"}),
            ("DATE", "the first half of 1990", 0, {"value": "1990-H1"}),
            ("SPEAKER", "[He] added", 0, {"key": "he", "resolved": "Jerry Junkins"}),
            ("QUOTE", "the defense business remained strong", 0,
             {"quote_type": I, "said_by": "he"}),
            ("DATE", "yesterday", 0, {"value": "1989-10-26"}),
            ("DATE", "Two years ago", 0, {"value": "1987"}),
            ("DATE", "a year earlier", 0, {"value": "1988-Q3"}),
        ],
    },
    # -- WSJ 1989, takeover, people named after places ------------------------------------
    {
        "id": "wire-04-wsj-takeover",
        "published": "1989-11-02",
        "text": _text(
            "Washington Federal Savings Bank agreed to be acquired by a group led by Jordan "
            "Kessler, the Baltimore developer, for about $210 million.",
            "Mr. Kessler, 58, said the thrift's branches in Maryland and Virginia \"fit neatly\" "
            "with his real estate holdings. He said he would keep the bank's management.",
            "The bank's chief executive, Paris Whitfield, said the board had reviewed three "
            "offers since August. \"This was the best price and the surest financing,\" she said.",
            "The transaction requires approval from the Office of Thrift Supervision. Analysts "
            "said it could close in the first quarter of next year.",
        ),
        "gold": [
            ("PLACE", "Baltimore", 0, {}),
            ("SPEAKER", "Mr. [Kessler], 58", 0, {"key": "kessler"}),
            ("QUOTE", "the thrift's branches in Maryland and Virginia \"fit neatly\" with his real "
             "estate holdings", 0,
             {"quote_type": I, "said_by": "kessler"}),
            ("QUOTE", "fit neatly", 0, {"quote_type": D, "said_by": "kessler"}),
            ("PLACE", "Maryland", 0, {}),
            ("PLACE", "Virginia", 0, {}),
            ("SPEAKER", "[He] said he would", 0, {"key": "he", "resolved": "Kessler"}),
            ("QUOTE", "he would keep the bank's management", 0,
             {"quote_type": I, "said_by": "he"}),
            ("SPEAKER", "Paris Whitfield", 0, {"key": "whitfield"}),
            ("QUOTE", "the board had reviewed three offers since August", 0,
             {"quote_type": I, "said_by": "whitfield"}),
            ("DATE", "August", 0, {"value": "1989-08"}),
            ("QUOTE", "This was the best price and the surest financing,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Paris Whitfield"}),
            ("SPEAKER", "Analysts", 0, {"key": "analysts"}),
            ("QUOTE", "it could close in the first quarter of next year", 0,
             {"quote_type": I, "said_by": "analysts"}),
            ("DATE", "the first quarter of next year", 0, {"value": "1990-Q1"}),
        ],
    },
    # -- BBC style, single quotes, 'said' before the name ---------------------------------
    {
        "id": "wire-05-bbc-nhs",
        "published": "2023-06-21",
        "text": _text(
            "Hospital waiting lists in England have reached a record 7.5 million, figures "
            "published on Thursday show.",
            "'We are asking staff to do the impossible,' said Dr Helen Marsh, chair of a group "
            "representing hospital doctors in Manchester. 'Something has to give.'",
            "The Department of Health said an extra £2bn had been made available this year and "
            "that waiting times for the longest waits were falling.",
            "Labour's health spokesman, Owen Pryce, said the figures were 'a damning verdict' on "
            "the government. Ms Marsh said she expected the pressure to grow over the winter.",
        ),
        "gold": [
            ("PLACE", "England", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2023-06-15"}),
            ("QUOTE", "We are asking staff to do the impossible,", 0,
             {"quote_type": D, "said_by": "marsh0"}),
            ("SPEAKER", "Helen Marsh", 0, {"key": "marsh0"}),
            ("PLACE", "Manchester", 0, {}),
            ("QUOTE", "Something has to give.", 0, {"quote_type": D, "said_by": "marsh0"}),
            ("SPEAKER", "The Department of Health", 0, {"key": "doh"}),
            ("QUOTE", "an extra £2bn had been made available this year", 0,
             {"quote_type": I, "said_by": "doh"}),
            ("DATE", "this year", 0, {"value": "2023"}),
            ("QUOTE", "waiting times for the longest waits were falling", 0,
             {"quote_type": I, "said_by": "doh"}),
            ("SPEAKER", "Owen Pryce", 0, {"key": "pryce"}),
            ("QUOTE", "the figures were 'a damning verdict' on the government", 0,
             {"quote_type": I, "said_by": "pryce"}),
            ("QUOTE", "a damning verdict", 0, {"quote_type": D, "said_by": "pryce"}),
            ("SPEAKER", "Ms [Marsh] said", 0, {"key": "marsh1"}),
            ("QUOTE", "she expected the pressure to grow over the winter", 0,
             {"quote_type": I, "said_by": "marsh1"}),
        ],
    },
    # -- Guardian style, multi-paragraph quote -------------------------------------------
    {
        "id": "wire-06-guardian-multipara",
        "published": "2022-09-15",
        "text": _text(
            "The head of a Cornwall fishing co-operative has warned that the industry could "
            "lose a third of its boats within five years.",
            "Speaking in Newquay on Wednesday, Gareth Penrose said:",
            "'Fuel has doubled since last spring. Most of our members are working at a loss, and "
            "the younger ones are leaving for jobs on land.",
            "'If nothing changes by the end of the year, I think we will see boats tied up in "
            "every harbour from Padstow to Penzance.'",
            "A spokesperson for the Marine Management Organisation said it was aware of the "
            "pressures and was working with the sector.",
        ),
        "gold": [
            ("PLACE", "Cornwall", 0, {}),
            ("SPEAKER", "The head of a Cornwall fishing co-operative", 0,
             {"key": "head", "resolved": "Gareth Penrose"}),
            ("QUOTE", "the industry could lose a third of its boats within five years", 0,
             {"quote_type": I, "said_by": "head"}),
            ("PLACE", "Newquay", 0, {}),
            ("DATE", "Wednesday", 0, {"value": "2022-09-14"}),
            ("SPEAKER", "Gareth Penrose", 0, {"key": "penrose"}),
            ("QUOTE", "Fuel has doubled since last spring. Most of our members are working at a "
             "loss, and the younger ones are leaving for jobs on land.", 0,
             {"quote_type": D, "said_by": "penrose"}),
            ("DATE", "last spring", 0, {"value": "2022-SP"}),
            ("DATE", "the end of the year", 0, {"value": "2022"}),
            ("QUOTE", "If nothing changes by the end of the year, I think we will see boats tied "
             "up in every harbour from Padstow to Penzance.", 0,
             {"quote_type": D, "said_by": "penrose"}),
            ("PLACE", "Padstow", 0, {}),
            ("PLACE", "Penzance", 0, {}),
            ("SPEAKER", "A spokesperson for the Marine Management Organisation", 0,
             {"key": "mmo"}),
            # one clause with two coordinated predicates (no second "that"): one QUOTE
            ("QUOTE", "it was aware of the pressures and was working with the sector", 0,
             {"quote_type": I, "said_by": "mmo"}),
        ],
    },
    # -- Sports -------------------------------------------------------------------------
    {
        "id": "wire-07-sports-baseball",
        "published": "2019-07-18",
        "text": _text(
            "BOSTON (AP) — Rafael Ortega homered twice and drove in five runs, and the Boston "
            "Red Sox beat the Toronto Blue Jays 9-4 on Wednesday night.",
            "\"I was just trying to put a good swing on it,\" Ortega said. \"The first one I "
            "wasn't sure about. The second one, I knew.\"",
            "Manager Dave Hollins said the team needed a game like this after losing five of "
            "seven on the road trip through Texas and Minnesota.",
            "Toronto starter Luke Cassidy (6-8) allowed six runs in four innings. \"I left too "
            "many pitches up,\" he said. \"They made me pay.\"",
            "The teams finish the series Thursday.",
        ),
        "gold": [
            ("PLACE", "BOSTON", 0, {}),
            ("DATE", "on [Wednesday night]", 0, {"value": "2019-07-17TNI"}),
            ("QUOTE", "I was just trying to put a good swing on it,", 0,
             {"quote_type": D, "said_by": "ortega"}),
            ("SPEAKER", "[Ortega] said", 0, {"key": "ortega"}),
            ("QUOTE", "The first one I wasn't sure about. The second one, I knew.", 0,
             {"quote_type": D, "said_by": "ortega"}),
            ("SPEAKER", "Dave Hollins", 0, {"key": "hollins"}),
            ("QUOTE", "the team needed a game like this after losing five of seven on the road "
             "trip through Texas and Minnesota", 0, {"quote_type": I, "said_by": "hollins"}),
            ("PLACE", "Texas", 0, {}),
            ("PLACE", "Minnesota", 0, {}),
            # "Toronto starter": the city names the team (an organisation), not a place;
            # read the same way as blind and blind2 (the spec's "Not: organisations").
            ("QUOTE", "I left too many pitches up,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Luke Cassidy"}),
            ("QUOTE", "They made me pay.", 0, {"quote_type": D, "said_by": "he"}),
            ("DATE", "Thursday", 0, {"value": "2019-07-18"}),
        ],
    },
    # -- Courts -------------------------------------------------------------------------
    {
        "id": "wire-08-court-fraud",
        "published": "2021-08-12",
        "text": _text(
            "NEW YORK (AP) — A former hedge fund manager was sentenced Wednesday to eight years in "
            "prison for defrauding investors of more than $40 million, federal prosecutors said.",
            "Victor Lindqvist, 47, of Greenwich, Conn., pleaded guilty in March to securities "
            "fraud. According to court papers, he sent clients fake account statements for "
            "nearly a decade.",
            "\"Mr. Lindqvist lied to people who trusted him with their retirement,\" U.S. "
            "Attorney Carla Benning said in a statement.",
            "His lawyer, Mark Feeney, said his client was \"deeply remorseful\" and planned to "
            "appeal the length of the sentence.",
        ),
        "gold": [
            ("PLACE", "NEW YORK", 0, {}),
            ("DATE", "Wednesday", 0, {"value": "2021-08-11"}),
            ("QUOTE", "A former hedge fund manager was sentenced Wednesday to eight years in "
             "prison for defrauding investors of more than $40 million", 0,
             {"quote_type": I, "said_by": "prosecutors"}),
            ("SPEAKER", "federal prosecutors", 0, {"key": "prosecutors"}),
            ("PLACE", "Greenwich", 0, {}),
            ("PLACE", "Conn.", 0, {}),
            ("DATE", "March", 0, {"value": "2021-03"}),
            ("QUOTE", "he sent clients fake account statements for nearly a decade", 0,
             {"quote_type": I, "said_by": "papers"}),
            ("SPEAKER", "court papers", 0, {"key": "papers"}),
            ("QUOTE", "Mr. Lindqvist lied to people who trusted him with their retirement,", 0,
             {"quote_type": D, "said_by": "benning"}),
            ("PLACE", "U.S.", 0, {}),
            ("SPEAKER", "Carla Benning", 0, {"key": "benning"}),
            ("SPEAKER", "Mark Feeney", 0, {"key": "feeney"}),
            ("QUOTE", "his client was \"deeply remorseful\" and planned to appeal the length of "
             "the sentence", 0, {"quote_type": I, "said_by": "feeney"}),
            ("QUOTE", "deeply remorseful", 0, {"quote_type": D, "said_by": "feeney"}),
        ],
    },
    # -- Local crime, US state abbreviations ----------------------------------------------
    {
        "id": "wire-09-local-crime",
        "published": "2018-12-06",
        "text": _text(
            "SPRINGFIELD, Ill. (AP) — Police arrested two men Tuesday in connection with a "
            "string of pharmacy break-ins across central Illinois, authorities said.",
            "The suspects, from Peoria and Decatur, were taken into custody after a traffic stop "
            "on Interstate 55, Sangamon County Sheriff Dan Whitacre said.",
            "He said investigators had linked the men to at least 11 burglaries since September.",
            "One pharmacist in Lincoln said the arrests were a relief. \"We've been locking the "
            "doors at 5 o'clock,\" she said.",
        ),
        "gold": [
            ("PLACE", "SPRINGFIELD", 0, {}),
            ("PLACE", "Ill.", 0, {}),
            ("DATE", "Tuesday", 0, {"value": "2018-12-04"}),
            ("QUOTE", "Police arrested two men Tuesday in connection with a string of pharmacy "
             "break-ins across central Illinois", 0,
             {"quote_type": I, "said_by": "authorities"}),
            ("PLACE", "Illinois", 0, {}),
            ("SPEAKER", "authorities", 0, {"key": "authorities"}),
            ("QUOTE", "The suspects, from Peoria and Decatur, were taken into custody after a "
             "traffic stop on Interstate 55", 0, {"quote_type": I, "said_by": "whitacre"}),
            ("PLACE", "Peoria", 0, {}),
            ("PLACE", "Sangamon County", 0, {}),
            ("PLACE", "Decatur", 0, {}),
            ("SPEAKER", "Dan Whitacre", 0, {"key": "whitacre"}),
            ("SPEAKER", "[He] said investigators", 0, {"key": "he", "resolved": "Dan Whitacre"}),
            ("QUOTE", "investigators had linked the men to at least 11 burglaries since "
             "September", 0, {"quote_type": I, "said_by": "he"}),
            ("DATE", "September", 0, {"value": "2018-09"}),
            ("PLACE", "Lincoln", 0, {}),
            ("SPEAKER", "One pharmacist in Lincoln", 0,
             {"key": "pharmacist"}),
            ("QUOTE", "the arrests were a relief", 0, {"quote_type": I, "said_by": "pharmacist"}),
            ("QUOTE", "We've been locking the doors at 5 o'clock,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "One pharmacist in Lincoln"}),
        ],
    },
    # -- Science ------------------------------------------------------------------------
    {
        "id": "wire-10-science-ice",
        "published": "2023-10-04",
        "text": _text(
            "Glaciers in Greenland are losing ice about 20 percent faster than scientists "
            "estimated a decade ago, according to a study published Wednesday in the journal "
            "Nature.",
            "The researchers, led by a team at the University of Copenhagen, combined satellite "
            "measurements going back to 1985 with new aerial surveys.",
            "\"The edges are retreating almost everywhere we look,\" said Ingrid Sollie, a "
            "glaciologist and the study's lead author. The losses, she said, were largest on "
            "the island's western coast, where warmer water from the Atlantic reaches the ice.",
        ),
        "gold": [
            ("QUOTE", "Glaciers in Greenland are losing ice about 20 percent faster than "
             "scientists estimated a decade ago", 0, {"quote_type": I, "said_by": "study"}),
            ("PLACE", "Greenland", 0, {}),
            ("SPEAKER", "a study", 0, {"key": "study"}),
            ("DATE", "a decade ago", 0, {"value": "2013"}),
            ("DATE", "published [Wednesday]", 0, {"value": "2023-10-04"}),
            ("DATE", "1985", 0, {"value": "1985"}),
            ("QUOTE", "The edges are retreating almost everywhere we look,", 0,
             {"quote_type": D, "said_by": "sollie"}),
            ("SPEAKER", "Ingrid Sollie", 0, {"key": "sollie"}),
            ("QUOTE", "The losses", 0, {"quote_type": I, "said_by": "she"}),
            ("SPEAKER", "[she] said, were", 0, {"key": "she", "resolved": "Ingrid Sollie"}),
            ("QUOTE", "were largest on the island's western coast, where warmer water from the "
             "Atlantic reaches the ice", 0, {"quote_type": I, "said_by": "she"}),
            ("PLACE", "Atlantic", 0, {}),
        ],
    },
    # -- Nothing must match: scare quotes, titles, no places, no dates --------------------
    {
        "id": "wire-11-review-nothing",
        "published": "2024-11-07",
        "text": _text(
            "The new album \"Quiet Engines\" is the band's most restless record, full of songs "
            "about leaving and staying.",
            "Critics have called the group's sound \"basement folk,\" a label the musicians "
            "seem to enjoy. The standout track, \"Paper Lanterns,\" builds slowly from a single "
            "guitar to a full choir.",
            "Not every experiment works. A spoken-word interlude titled 'Inventory' drags, and "
            "the closing song runs nearly eleven minutes.",
            "The band recorded most of it in a converted barn, and the warmth of that room comes "
            "through on almost every track.",
        ),
        "gold": [],
    },
    {
        "id": "wire-12-markets-nothing",
        "published": None,
        "text": _text(
            "Shares of small software makers rose sharply as investors bet that lower "
            "borrowing costs would favour companies that are still losing money.",
            "An index of unprofitable technology stocks gained more than 4 percent, its biggest "
            "rise in months, while shares of banks and oil producers slipped.",
            "Trading volumes were thin and many desks were lightly staffed.",
            "Analysts cautioned against reading too much into one session. Smaller companies "
            "have swung sharply in both directions, and a single strong earnings report can "
            "move the whole group.",
        ),
        "gold": [],
    },
    # -- Interrupted quotes, pronoun speakers ---------------------------------------------
    {
        "id": "wire-13-interrupted",
        "published": "2025-01-09",
        "text": _text(
            "DENVER (AP) — Colorado's governor, Ellen Varga, said Wednesday that the state would "
            "spend $30 million to thin forests near towns at risk from wildfire.",
            "\"We cannot keep waiting for the next fire,\" Varga said, \"and then asking how it "
            "got so bad.\"",
            "The money will go first to mountain counties west of Boulder and Fort Collins. "
            "\"It's a start,\" said Tom Ruiz, a fire chief in Estes Park, \"but it's not "
            "enough for a problem this big.\"",
            "Ruiz said his department had asked for help for three years.",
        ),
        "gold": [
            ("PLACE", "DENVER", 0, {}),
            ("PLACE", "Colorado", 0, {}),
            ("SPEAKER", "Ellen Varga", 0, {"key": "varga0"}),
            ("DATE", "Wednesday", 0, {"value": "2025-01-08"}),
            ("QUOTE", "the state would spend $30 million to thin forests near towns at risk from "
             "wildfire", 0, {"quote_type": I, "said_by": "varga0"}),
            ("QUOTE", "We cannot keep waiting for the next fire,", 0,
             {"quote_type": D, "said_by": "varga1"}),
            ("SPEAKER", "[Varga] said, \"and", 0, {"key": "varga1"}),
            ("QUOTE", "and then asking how it got so bad.", 0,
             {"quote_type": D, "said_by": "varga1"}),
            ("PLACE", "Boulder", 0, {}),
            ("PLACE", "Fort Collins", 0, {}),
            ("QUOTE", "It's a start,", 0, {"quote_type": D, "said_by": "ruiz0"}),
            ("SPEAKER", "Tom Ruiz", 0, {"key": "ruiz0"}),
            ("PLACE", "Estes Park", 0, {}),
            ("QUOTE", "but it's not enough for a problem this big.", 0,
             {"quote_type": D, "said_by": "ruiz0"}),
            ("SPEAKER", "[Ruiz] said his", 0, {"key": "ruiz1"}),
            ("QUOTE", "his department had asked for help for three years", 0,
             {"quote_type": I, "said_by": "ruiz1"}),
        ],
    },
    # -- Nested quotes ------------------------------------------------------------------
    {
        "id": "wire-14-nested",
        "published": "2020-02-27",
        "text": _text(
            "DES MOINES, Iowa (AP) — For Linda Akers, the decision to sell the family farm came "
            "down to one conversation.",
            "\"My father always told me, 'Never sell the land, whatever they offer,'\" Akers, 63, "
            "said on Wednesday. \"I held on as long as I could.\"",
            "She said a buyer from Nebraska had offered nearly twice what neighbours paid last "
            "year.",
            "Her brother, Paul Akers, said the family had argued about the sale for months. "
            "\"In the end we all agreed,\" he said.",
        ),
        "gold": [
            ("PLACE", "DES MOINES", 0, {}),
            ("PLACE", "Iowa", 0, {}),
            ("QUOTE", "My father always told me, 'Never sell the land, whatever they offer,'", 0,
             {"quote_type": D, "said_by": "akers"}),
            ("SPEAKER", "My father", 0, {"key": "father"}),
            ("QUOTE", "Never sell the land, whatever they offer,", 0,
             {"quote_type": D, "said_by": "father"}),
            ("SPEAKER", "[Akers], 63", 0, {"key": "akers"}),
            ("DATE", "Wednesday", 0, {"value": "2020-02-26"}),
            ("QUOTE", "I held on as long as I could.", 0, {"quote_type": D, "said_by": "akers"}),
            ("SPEAKER", "[She] said", 0, {"key": "she", "resolved": "Linda Akers"}),
            ("QUOTE", "a buyer from Nebraska had offered nearly twice what neighbours paid last "
             "year", 0, {"quote_type": I, "said_by": "she"}),
            ("PLACE", "Nebraska", 0, {}),
            ("DATE", "last year", 0, {"value": "2019"}),
            ("SPEAKER", "Paul Akers", 0, {"key": "paul"}),
            ("QUOTE", "the family had argued about the sale for months", 0,
             {"quote_type": I, "said_by": "paul"}),
            ("QUOTE", "In the end we all agreed,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "agreed,\" [he] said", 0, {"key": "he", "resolved": "Paul Akers"}),
        ],
    },
    # -- TimeBank style, relative dates -------------------------------------------------
    {
        "id": "wire-15-timebank-airline",
        "published": "1990-02-08",
        "text": _text(
            "Continental Airlines said yesterday it will cut 1,200 jobs and retire 20 older "
            "planes, blaming higher fuel costs and weak demand since the fall.",
            "The Houston-based carrier lost $41 million in the fourth quarter of 1989 and "
            "expects another loss in the current quarter, a spokesman said.",
            "Last week, the company's chief financial officer told analysts that fiscal 1990 "
            "would be \"a year of rebuilding.\" Continental has not reported an annual profit "
            "since 1986.",
            "A Continental spokesman, Ron Lutz, said the job cuts would be completed by June.",
        ),
        "gold": [
            ("SPEAKER", "Continental Airlines", 0, {"key": "continental"}),
            ("DATE", "yesterday", 0, {"value": "1990-02-07"}),
            ("QUOTE", "it will cut 1,200 jobs and retire 20 older planes", 0,
             {"quote_type": I, "said_by": "continental"}),
            ("DATE", "the fall", 0, {"value": "1989-FA"}),
            ("PLACE", "Houston", 0, {}),
            ("QUOTE", "The Houston-based carrier lost $41 million in the fourth quarter of 1989 "
             "and expects another loss in the current quarter", 0,
             {"quote_type": I, "said_by": "spokesman"}),
            ("DATE", "the fourth quarter of 1989", 0, {"value": "1989-Q4"}),
            ("DATE", "the current quarter", 0, {"value": "1990-Q1"}),
            ("SPEAKER", "a spokesman", 0, {"key": "spokesman"}),
            ("DATE", "Last week", 0, {"value": "1990-W05"}),
            ("SPEAKER", "the company's chief financial officer", 0, {"key": "cfo"}),
            ("QUOTE", "fiscal 1990 would be", 0, {"quote_type": I, "said_by": "cfo"}),
            ("DATE", "fiscal 1990", 0, {"value": "FY1990"}),
            ("QUOTE", "a year of rebuilding.", 0, {"quote_type": D, "said_by": "cfo"}),
            ("DATE", "1986", 0, {"value": "1986"}),
            ("SPEAKER", "Ron Lutz", 0, {"key": "lutz"}),
            ("QUOTE", "the job cuts would be completed by June", 0,
             {"quote_type": I, "said_by": "lutz"}),
            ("DATE", "June", 0, {"value": "1990-06"}),
        ],
    },
    # -- Reuters, Asia, "told Reuters", said on Tuesday ----------------------------------
    {
        "id": "wire-16-reuters-delhi",
        "published": "2025-01-09",
        "text": _text(
            "NEW DELHI, Jan 9 (Reuters) - India will allow more private companies to import "
            "liquefied natural gas from April, two government officials told Reuters on "
            "Thursday, as it tries to cut its reliance on coal.",
            "The change would let at least five more firms sign long-term supply deals with "
            "producers in Qatar and Australia, one of the officials said. Both declined to be "
            "named because the plan has not been made public.",
            "India's oil ministry did not respond to a request for comment.",
        ),
        "gold": [
            ("PLACE", "NEW DELHI", 0, {}),
            ("DATE", "Jan 9", 0, {"value": "2025-01-09"}),
            ("PLACE", "India", 0, {}),
            ("QUOTE", "India will allow more private companies to import liquefied natural gas "
             "from April", 0, {"quote_type": I, "said_by": "officials"}),
            ("DATE", "April", 0, {"value": "2025-04"}),
            ("SPEAKER", "two government officials", 0, {"key": "officials"}),
            ("DATE", "Thursday", 0, {"value": "2025-01-09"}),
            ("QUOTE", "The change would let at least five more firms sign long-term supply deals "
             "with producers in Qatar and Australia", 0, {"quote_type": I, "said_by": "one"}),
            ("PLACE", "Qatar", 0, {}),
            ("PLACE", "Australia", 0, {}),
            ("SPEAKER", "one of the officials", 0, {"key": "one"}),
            ("PLACE", "[India]'s oil ministry", 0, {}),
        ],
    },
    # -- AP international, dateline abroad ----------------------------------------------
    {
        "id": "wire-17-ap-tokyo",
        "published": "2024-07-22",
        "text": _text(
            "TOKYO (AP) — Japan's economy minister said Monday the government would raise its "
            "growth forecast for this fiscal year, citing strong wage gains and tourism.",
            "Minister Kenji Arakawa told reporters the yen's weakness had brought record numbers "
            "of visitors from China, South Korea and the United States in the first half of the "
            "year.",
            "He said inflation was likely to stay above 2% through next spring, and that the "
            "Bank of Japan would decide on rates \"based on the data.\"",
        ),
        "gold": [
            ("PLACE", "TOKYO", 0, {}),
            ("PLACE", "Japan", 0, {}),
            ("SPEAKER", "[Japan's economy minister]", 0,
             {"key": "minister", "resolved": "Kenji Arakawa"}),
            ("DATE", "Monday", 0, {"value": "2024-07-22"}),
            ("QUOTE", "the government would raise its growth forecast for this fiscal year", 0,
             {"quote_type": I, "said_by": "minister"}),
            ("DATE", "this fiscal year", 0, {"value": "FY2024"}),
            ("SPEAKER", "Kenji Arakawa", 0, {"key": "arakawa"}),
            ("QUOTE", "the yen's weakness had brought record numbers of visitors from China, "
             "South Korea and the United States in the first half of the year", 0,
             {"quote_type": I, "said_by": "arakawa"}),
            ("PLACE", "China", 0, {}),
            ("PLACE", "South Korea", 0, {}),
            ("PLACE", "United States", 0, {}),
            ("DATE", "the first half of the year", 0, {"value": "2024-H1"}),
            ("SPEAKER", "[He] said inflation", 0, {"key": "he", "resolved": "Kenji Arakawa"}),
            ("QUOTE", "inflation was likely to stay above 2% through next spring", 0,
             {"quote_type": I, "said_by": "he"}),
            ("DATE", "next spring", 0, {"value": "2025-SP"}),
            ("QUOTE", "the Bank of Japan would decide on rates", 0,
             {"quote_type": I, "said_by": "he"}),
            ("QUOTE", "based on the data.", 0, {"quote_type": D, "said_by": "he"}),
        ],
    },
    # -- UK politics, 'said the prime minister' -----------------------------------------
    {
        "id": "wire-18-uk-pm",
        "published": "2024-11-07",
        "text": _text(
            "The prime minister has promised to build 1.5 million homes in England by the end "
            "of the parliament, despite warnings from councils that they lack the staff to "
            "approve them.",
            "'We will get Britain building again,' said the prime minister, Rachel Holloway, "
            "on a visit to a housing site near Leeds on Tuesday.",
            "The Local Government Association said planning departments had lost a quarter of "
            "their officers since 2010. 'Promises are easy; planners are not,' said its "
            "chairman, Sir Peter Dunmore.",
        ),
        "gold": [
            ("PLACE", "England", 0, {}),
            ("SPEAKER", "The prime minister", 0, {"key": "pm0", "resolved": "Rachel Holloway"}),
            ("QUOTE", "build 1.5 million homes in England by the end of the parliament", 0,
             {"quote_type": I, "said_by": "pm0"}),
            ("QUOTE", "We will get Britain building again,", 0,
             {"quote_type": D, "said_by": "holloway"}),
            ("PLACE", "Britain", 0, {}),
            ("SPEAKER", "Rachel Holloway", 0, {"key": "holloway"}),
            ("PLACE", "Leeds", 0, {}),
            ("DATE", "Tuesday", 0, {"value": "2024-11-05"}),
            ("SPEAKER", "The Local Government Association", 0, {"key": "lga"}),
            ("QUOTE", "planning departments had lost a quarter of their officers since 2010", 0,
             {"quote_type": I, "said_by": "lga"}),
            ("DATE", "2010", 0, {"value": "2010"}),
            ("QUOTE", "Promises are easy; planners are not,", 0,
             {"quote_type": D, "said_by": "dunmore"}),
            ("SPEAKER", "Peter Dunmore", 0, {"key": "dunmore"}),
        ],
    },
    # -- Local US, small town, "N.Y." ----------------------------------------------------
    {
        "id": "wire-19-local-ny",
        "published": "2023-06-21",
        "text": _text(
            "ITHACA, N.Y. — The Tompkins County Legislature voted 9-5 last night to ban the sale "
            "of flavored vaping products, making it the first county in upstate New York to do "
            "so.",
            "Legislator Jordan Price, who wrote the measure, said teenagers were \"getting "
            "hooked on candy-flavored nicotine.\" Store owners said the ban would push customers "
            "to shops in neighboring Cortland.",
            "The ban takes effect Jan. 1.",
            "\"This will close my store,\" said Raj Patel, who owns a convenience store "
            "downtown.",
        ),
        "gold": [
            ("PLACE", "ITHACA", 0, {}),
            ("PLACE", "N.Y.", 0, {}),
            ("DATE", "last night", 0, {"value": "2023-06-20TNI"}),
            ("PLACE", "New York", 0, {}),
            ("SPEAKER", "Jordan Price", 0, {"key": "price"}),
            ("QUOTE", "teenagers were", 0, {"quote_type": I, "said_by": "price"}),
            ("QUOTE", "getting hooked on candy-flavored nicotine.", 0,
             {"quote_type": D, "said_by": "price"}),
            ("SPEAKER", "Store owners", 0, {"key": "owners"}),
            ("QUOTE", "the ban would push customers to shops in neighboring Cortland", 0,
             {"quote_type": I, "said_by": "owners"}),
            ("PLACE", "Cortland", 0, {}),
            ("DATE", "Jan. 1", 0, {"value": "2024-01-01"}),
            ("QUOTE", "This will close my store,", 0, {"quote_type": D, "said_by": "patel"}),
            ("SPEAKER", "Raj Patel", 0, {"key": "patel"}),
        ],
    },
    # -- Local US, "Calif." --------------------------------------------------------------
    {
        "id": "wire-20-local-calif",
        "published": "2021-08-12",
        "text": _text(
            "FRESNO, Calif. (AP) — Farmers in California's Central Valley will get just 5% of "
            "the water they requested from state reservoirs this year, officials announced "
            "Wednesday.",
            "\"There is simply not enough water to go around,\" said Karla Mendes, director of "
            "the state's water resources department.",
            "Growers said they would leave thousands of acres unplanted. Dennis Avila, who farms "
            "almonds near Madera, said he had already pulled out 40 acres of trees. \"You don't "
            "get those back,\" he said.",
        ),
        "gold": [
            ("PLACE", "FRESNO", 0, {}),
            ("PLACE", "Calif.", 0, {}),
            ("PLACE", "California", 0, {}),
            ("QUOTE", "Farmers in California's Central Valley will get just 5% of the water they "
             "requested from state reservoirs this year", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("PLACE", "Central Valley", 0, {}),
            ("DATE", "this year", 0, {"value": "2021"}),
            ("SPEAKER", "officials", 0, {"key": "officials"}),
            ("DATE", "Wednesday", 0, {"value": "2021-08-11"}),
            ("QUOTE", "There is simply not enough water to go around,", 0,
             {"quote_type": D, "said_by": "mendes"}),
            ("SPEAKER", "Karla Mendes", 0, {"key": "mendes"}),
            ("SPEAKER", "Growers", 0, {"key": "growers"}),
            ("QUOTE", "they would leave thousands of acres unplanted", 0,
             {"quote_type": I, "said_by": "growers"}),
            ("SPEAKER", "Dennis Avila", 0, {"key": "avila"}),
            ("PLACE", "Madera", 0, {}),
            ("QUOTE", "he had already pulled out 40 acres of trees", 0,
             {"quote_type": I, "said_by": "avila"}),
            ("QUOTE", "You don't get those back,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Dennis Avila"}),
        ],
    },
    # -- WSJ 1989 politics --------------------------------------------------------------
    {
        "id": "wire-21-wsj-congress",
        "published": "1989-10-27",
        "text": _text(
            "House and Senate negotiators agreed on a $3.1 billion package of disaster aid for "
            "California and the Carolinas, two weeks after the earthquake that struck the San "
            "Francisco Bay area.",
            "Rep. Jamie Whitten of Mississippi, chairman of the Appropriations Committee, said "
            "the money could reach victims by Thanksgiving. Budget Director Richard Darman had "
            "urged lawmakers to keep the package below $3 billion.",
            "The measure also includes aid for areas damaged by Hurricane Hugo last month.",
            "Mr. Whitten said the House would vote on the package next week.",
        ),
        "gold": [
            ("PLACE", "California", 0, {}),
            ("PLACE", "Carolinas", 0, {}),
            ("PLACE", "San Francisco Bay", 0, {}),
            ("SPEAKER", "Jamie Whitten", 0, {"key": "whitten"}),
            ("PLACE", "Mississippi", 0, {}),
            ("QUOTE", "the money could reach victims by Thanksgiving", 0,
             {"quote_type": I, "said_by": "whitten"}),
            ("DATE", "Thanksgiving", 0, {"value": "1989-11-23"}),
            ("SPEAKER", "Richard Darman", 0, {"key": "darman"}),
            ("QUOTE", "keep the package below $3 billion", 0,
             {"quote_type": I, "said_by": "darman"}),
            ("DATE", "last month", 0, {"value": "1989-09"}),
            ("SPEAKER", "Mr. [Whitten] said", 0, {"key": "whitten1"}),
            ("QUOTE", "the House would vote on the package next week", 0,
             {"quote_type": I, "said_by": "whitten1"}),
            ("DATE", "next week", 0, {"value": "1989-W44"}),
        ],
    },
    # -- "according to" and anonymous sources --------------------------------------------
    {
        "id": "wire-22-according-to",
        "published": "2024-05-03",
        "text": _text(
            "According to the mayor, the Hawthorne Street bridge will reopen in June after "
            "eight months of repairs.",
            "The project ran over budget by about $2 million, according to city records "
            "reviewed by the Tribune. Council member Alicia Grant said the overrun was "
            "\"unacceptable\" and called for an audit.",
            "Officials insisted the delays were caused by a shortage of steel, not poor "
            "planning.",
            "The bridge carries about 18,000 vehicles a day. Its closure last fall forced "
            "commuters onto side streets, and businesses near the river said sales fell by as "
            "much as a third.",
        ),
        "gold": [
            ("SPEAKER", "the mayor", 0, {"key": "mayor"}),
            ("QUOTE", "the Hawthorne Street bridge will reopen in June after eight months of "
             "repairs", 0, {"quote_type": I, "said_by": "mayor"}),
            ("DATE", "June", 0, {"value": "2024-06"}),
            ("QUOTE", "The project ran over budget by about $2 million", 0,
             {"quote_type": I, "said_by": "records"}),
            ("SPEAKER", "city records", 0, {"key": "records"}),
            ("SPEAKER", "Alicia Grant", 0, {"key": "grant"}),
            ("QUOTE", "the overrun was", 0, {"quote_type": I, "said_by": "grant"}),
            ("QUOTE", "unacceptable", 0, {"quote_type": D, "said_by": "grant"}),
            ("SPEAKER", "Officials", 0, {"key": "officials"}),
            ("QUOTE", "the delays were caused by a shortage of steel, not poor planning", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("DATE", "last fall", 0, {"value": "2023-FA"}),
            ("SPEAKER", "businesses near the river", 0, {"key": "businesses"}),
            ("QUOTE", "sales fell by as much as a third", 0,
             {"quote_type": I, "said_by": "businesses"}),
        ],
    },
    # -- Companies named after places, people named Washington --------------------------
    {
        "id": "wire-23-company-places",
        "published": "1998-02-13",
        "text": _text(
            "Georgia-Pacific Corp. said it will buy a paper mill in Maine from Boston-based "
            "Great Northern Paper for $180 million.",
            "The deal, announced yesterday, gives the Atlanta company a foothold in the "
            "Northeast. Pete Correll, the chairman, said the mill would be profitable within a "
            "year.",
            "Shares of Georgia-Pacific rose $1.25 on the New York Stock Exchange. Analyst Lena "
            "Washington of PaineWebber said the price was \"very reasonable\" for a mill of that "
            "size.",
            "Great Northern, which has struggled with high energy costs, said it would use the "
            "proceeds to pay down debt.",
        ),
        "gold": [
            ("SPEAKER", "Georgia-Pacific Corp.", 0, {"key": "gp"}),
            ("QUOTE", "it will buy a paper mill in Maine from Boston-based Great Northern Paper "
             "for $180 million", 0, {"quote_type": I, "said_by": "gp"}),
            ("PLACE", "Maine", 0, {}),
            ("PLACE", "Boston", 0, {}),
            ("DATE", "yesterday", 0, {"value": "1998-02-12"}),
            ("PLACE", "Atlanta", 0, {}),
            ("PLACE", "Northeast", 0, {}),
            ("SPEAKER", "Pete Correll", 0, {"key": "correll"}),
            ("QUOTE", "the mill would be profitable within a year", 0,
             {"quote_type": I, "said_by": "correll"}),
            ("SPEAKER", "Lena Washington", 0, {"key": "washington"}),
            ("QUOTE", "the price was \"very reasonable\" for a mill of that size", 0,
             {"quote_type": I, "said_by": "washington"}),
            ("QUOTE", "very reasonable", 0, {"quote_type": D, "said_by": "washington"}),
            ("SPEAKER", "[Great Northern], which", 0, {"key": "gn"}),
            ("QUOTE", "it would use the proceeds to pay down debt", 0,
             {"quote_type": I, "said_by": "gn"}),
        ],
    },
    # -- Weather / disaster -------------------------------------------------------------
    {
        "id": "wire-24-hurricane",
        "published": "2024-11-07",
        "text": _text(
            "TAMPA, Fla. (AP) — Hurricane Rafael weakened after making landfall late Wednesday "
            "near Cedar Key, but still knocked out power to more than 300,000 homes across "
            "Florida's Gulf Coast.",
            "The National Hurricane Center said the storm would move across Georgia on Thursday "
            "and reach the Carolinas by the weekend.",
            "\"We were lucky this time,\" said Gov. Dana Whitfield, touring damage in Citrus "
            "County. \"The surge was lower than we feared.\"",
            "Forecasters said the storm was the fifth hurricane to hit the state this year.",
        ),
        "gold": [
            ("PLACE", "TAMPA", 0, {}),
            ("PLACE", "Fla.", 0, {}),
            ("DATE", "late Wednesday", 0, {"value": "2024-11-06"}),
            ("PLACE", "Cedar Key", 0, {}),
            ("PLACE", "Citrus County", 0, {}),
            ("PLACE", "Florida", 0, {}),
            ("PLACE", "Gulf Coast", 0, {}),
            ("SPEAKER", "The National Hurricane Center", 0, {"key": "nhc"}),
            ("QUOTE", "the storm would move across Georgia on Thursday and reach the Carolinas "
             "by the weekend", 0, {"quote_type": I, "said_by": "nhc"}),
            ("PLACE", "Georgia", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2024-11-07"}),
            ("PLACE", "Carolinas", 0, {}),
            ("DATE", "the weekend", 0, {"value": "2024-W45-WE"}),
            ("QUOTE", "We were lucky this time,", 0, {"quote_type": D, "said_by": "whitfield"}),
            ("SPEAKER", "Dana Whitfield", 0, {"key": "whitfield"}),
            ("QUOTE", "The surge was lower than we feared.", 0,
             {"quote_type": D, "said_by": "whitfield"}),
            ("SPEAKER", "Forecasters", 0, {"key": "forecasters"}),
            ("QUOTE", "the storm was the fifth hurricane to hit the state this year", 0,
             {"quote_type": I, "said_by": "forecasters"}),
            ("DATE", "this year", 0, {"value": "2024"}),
        ],
    },
    # -- 1998 TimeBank-style foreign news -----------------------------------------------
    {
        "id": "wire-25-iraq-1998",
        "published": "1998-02-13",
        "text": _text(
            "BAGHDAD, Iraq (AP) — Iraq said today it would not allow United Nations inspectors "
            "into eight presidential sites, rejecting a compromise offered by Russia and France "
            "earlier this week.",
            "Deputy Prime Minister Tariq Aziz told reporters that the sites were \"symbols of "
            "sovereignty\" and would remain closed.",
            "In Washington, Secretary of State Madeleine Albright said the United States was "
            "still seeking a diplomatic solution but that time was running out.",
            "Russian officials said they would send an envoy to Baghdad next week.",
        ),
        "gold": [
            ("PLACE", "BAGHDAD", 0, {}),
            ("PLACE", "Iraq", 0, {}),
            ("SPEAKER", "(AP) — [Iraq] said", 0, {"key": "iraq"}),
            ("PLACE", "(AP) — [Iraq] said", 0, {}),
            ("DATE", "today", 0, {"value": "1998-02-13"}),
            ("QUOTE", "it would not allow United Nations inspectors into eight presidential "
             "sites", 0, {"quote_type": I, "said_by": "iraq"}),
            ("PLACE", "Russia", 0, {}),
            ("PLACE", "France", 0, {}),
            ("DATE", "earlier this week", 0, {"value": "1998-W07"}),
            ("SPEAKER", "Tariq Aziz", 0, {"key": "aziz"}),
            ("QUOTE", "the sites were \"symbols of sovereignty\" and would remain closed", 0,
             {"quote_type": I, "said_by": "aziz"}),
            ("QUOTE", "symbols of sovereignty", 0, {"quote_type": D, "said_by": "aziz"}),
            ("PLACE", "Washington", 0, {}),
            ("SPEAKER", "Madeleine Albright", 0, {"key": "albright"}),
            ("QUOTE", "the United States was still seeking a diplomatic solution", 0,
             {"quote_type": I, "said_by": "albright"}),
            ("PLACE", "United States", 0, {}),
            ("QUOTE", "time was running out", 0, {"quote_type": I, "said_by": "albright"}),
            ("SPEAKER", "Russian officials", 0, {"key": "russians"}),
            ("QUOTE", "they would send an envoy to Baghdad next week", 0,
             {"quote_type": I, "said_by": "russians"}),
            ("PLACE", "Baghdad", 0, {}),
            ("DATE", "next week", 0, {"value": "1998-W08"}),
        ],
    },
    # -- Supreme Court ------------------------------------------------------------------
    {
        "id": "wire-26-supreme-court",
        "published": "2022-09-15",
        "text": _text(
            "The Supreme Court agreed Monday to decide whether states can bar doctors from "
            "prescribing a common abortion pill by mail, a case that could affect patients in "
            "more than a dozen states.",
            "The appeal comes from Louisiana, where a 2021 law made it a crime to mail the "
            "drug. Lawyers for the state argued that the law protects women's health.",
            "\"This case is about whether a state can override the judgment of federal "
            "scientists,\" said Nora Blake, a lawyer for the doctors. Arguments are expected "
            "in January.",
        ),
        "gold": [
            ("DATE", "Monday", 0, {"value": "2022-09-12"}),
            ("PLACE", "Louisiana", 0, {}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("SPEAKER", "Lawyers for the state", 0, {"key": "lawyers"}),
            ("QUOTE", "the law protects women's health", 0,
             {"quote_type": I, "said_by": "lawyers"}),
            ("QUOTE", "This case is about whether a state can override the judgment of federal "
             "scientists,", 0, {"quote_type": D, "said_by": "blake"}),
            ("SPEAKER", "Nora Blake", 0, {"key": "blake"}),
            ("DATE", "January", 0, {"value": "2023-01"}),
        ],
    },
    # -- Sports, soccer, UK single quotes ----------------------------------------------
    {
        "id": "wire-27-football",
        "published": "2023-10-04",
        "text": _text(
            "Newcastle United beat Paris St-Germain 4-1 at St James' Park on Tuesday night, "
            "their first Champions League win at home in more than 20 years.",
            "'The crowd carried us,' said manager Eddie Hale. 'In the second half you could "
            "feel the whole city behind the team.'",
            "PSG coach Luis Moreno admitted his side had been 'second best in every department' "
            "and said they would learn from it before Saturday's league game in Marseille.",
            "Newcastle are now top of their group with seven points from three games.",
        ),
        "gold": [
            ("DATE", "Tuesday night", 0, {"value": "2023-10-03TNI"}),
            ("QUOTE", "The crowd carried us,", 0, {"quote_type": D, "said_by": "hale"}),
            ("SPEAKER", "Eddie Hale", 0, {"key": "hale"}),
            ("QUOTE", "In the second half you could feel the whole city behind the team.", 0,
             {"quote_type": D, "said_by": "hale"}),
            ("SPEAKER", "Luis Moreno", 0, {"key": "moreno"}),
            ("QUOTE", "his side had been", 0, {"quote_type": I, "said_by": "moreno"}),
            ("QUOTE", "second best in every department", 0,
             {"quote_type": D, "said_by": "moreno"}),
            ("QUOTE", "they would learn from it before Saturday's league game in Marseille", 0,
             {"quote_type": I, "said_by": "moreno"}),
            ("DATE", "Saturday", 0, {"value": "2023-10-07"}),
            ("PLACE", "Marseille", 0, {}),
        ],
    },
    # -- Headline with no quotes, then a brief ------------------------------------------
    {
        "id": "wire-28-headline-brief",
        "published": "2019-07-18",
        "text": _text(
            "Heat wave grips Midwest as temperatures top 100 degrees",
            "CHICAGO (AP) — Cities from Kansas City to Detroit opened cooling centers on "
            "Thursday as a heat wave pushed temperatures past 100 degrees for a third day.",
            "The National Weather Service said relief would arrive early next week, when a cold "
            "front is expected to move through the Great Lakes.",
            "Officials in Chicago urged residents to check on elderly neighbors. At least four "
            "deaths have been blamed on the heat, according to local health departments.",
        ),
        "gold": [
            ("PLACE", "Midwest", 0, {}),
            ("PLACE", "CHICAGO", 0, {}),
            ("PLACE", "Kansas City", 0, {}),
            ("PLACE", "Detroit", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2019-07-18"}),
            ("SPEAKER", "The National Weather Service", 0, {"key": "nws"}),
            ("QUOTE", "relief would arrive early next week, when a cold front is expected to "
             "move through the Great Lakes", 0, {"quote_type": I, "said_by": "nws"}),
            ("DATE", "early next week", 0, {"value": "2019-W30"}),
            ("PLACE", "Great Lakes", 0, {}),
            ("SPEAKER", "Officials in Chicago", 0, {"key": "officials"}),
            ("PLACE", "Officials in [Chicago]", 0, {}),
            ("QUOTE", "check on elderly neighbors", 0, {"quote_type": I, "said_by": "officials"}),
            ("QUOTE", "At least four deaths have been blamed on the heat", 0,
             {"quote_type": I, "said_by": "health"}),
            ("SPEAKER", "local health departments", 0, {"key": "health"}),
        ],
    },
    # -- Obituary ----------------------------------------------------------------------
    {
        "id": "wire-29-obituary",
        "published": "2020-02-27",
        "text": _text(
            "Margaret Okafor, who founded one of the first community health clinics in Atlanta "
            "and ran it for four decades, died on Sunday at her home in Decatur, Ga. She was 88.",
            "Her daughter, Grace Okafor-Lewis, said the cause was heart failure.",
            "Born in Lagos, Nigeria, in 1931, Ms. Okafor moved to the United States in the 1950s "
            "to study nursing. \"She never turned anyone away,\" her daughter said. \"Not once.\"",
            "She is survived by her daughter, two sons and five grandchildren.",
        ),
        "gold": [
            ("PLACE", "Atlanta", 0, {}),
            ("DATE", "Sunday", 0, {"value": "2020-02-23"}),
            ("PLACE", "Decatur", 0, {}),
            ("PLACE", "Ga.", 0, {}),
            ("SPEAKER", "Grace Okafor-Lewis", 0, {"key": "grace"}),
            ("QUOTE", "the cause was heart failure", 0, {"quote_type": I, "said_by": "grace"}),
            ("PLACE", "Lagos", 0, {}),
            ("PLACE", "Nigeria", 0, {}),
            ("DATE", "1931", 0, {"value": "1931"}),
            ("PLACE", "United States", 0, {}),
            ("DATE", "the 1950s", 0, {"value": "195"}),
            ("QUOTE", "She never turned anyone away,", 0,
             {"quote_type": D, "said_by": "daughter"}),
            ("SPEAKER", "away,\" [her daughter] said", 0,
             {"key": "daughter", "resolved": "Grace Okafor-Lewis"}),
            ("QUOTE", "Not once.", 0, {"quote_type": D, "said_by": "daughter"}),
        ],
    },
    # -- Reuters business, first half, fiscal year --------------------------------------
    {
        "id": "wire-30-reuters-earnings",
        "published": "2023-10-04",
        "text": _text(
            "FRANKFURT, Oct 4 (Reuters) - German chemicals maker Lindauer AG cut its full-year "
            "profit forecast on Wednesday, saying demand from carmakers and builders in Europe "
            "had weakened further in the third quarter.",
            "Lindauer now expects operating profit of 1.2 billion to 1.4 billion euros for "
            "2023, down from a previous range of 1.6 billion to 1.9 billion.",
            "\"We see no recovery before the middle of next year,\" Chief Executive Markus Brandt "
            "said on a call with analysts. Shares fell 6% in Frankfurt trading.",
        ),
        "gold": [
            ("PLACE", "FRANKFURT", 0, {}),
            ("DATE", "Oct 4", 0, {"value": "2023-10-04"}),
            ("SPEAKER", "Lindauer AG", 0, {"key": "lindauer"}),
            ("DATE", "Wednesday", 0, {"value": "2023-10-04"}),
            ("QUOTE", "demand from carmakers and builders in Europe had weakened further in the "
             "third quarter", 0, {"quote_type": I, "said_by": "lindauer"}),
            ("PLACE", "Europe", 0, {}),
            ("DATE", "the third quarter", 0, {"value": "2023-Q3"}),
            ("DATE", "2023", 0, {"value": "2023"}),
            ("DATE", "the middle of next year", 0, {"value": "2024"}),
            ("QUOTE", "We see no recovery before the middle of next year,", 0,
             {"quote_type": D, "said_by": "brandt"}),
            ("SPEAKER", "Markus Brandt", 0, {"key": "brandt"}),
            ("PLACE", "in [Frankfurt] trading", 0, {}),
        ],
    },
    # -- No publication date ------------------------------------------------------------
    {
        "id": "wire-31-nodate-strike",
        "published": None,
        "text": _text(
            "PORTLAND, Ore. — Nurses at three hospitals in Portland walked off the job Tuesday, "
            "the first strike by the city's nurses since 2008.",
            "The union said talks broke down over staffing levels. \"We are not asking for the "
            "moon,\" said Kim Albers, a nurse in the emergency department. \"We are asking for "
            "enough hands to keep patients safe.\"",
            "The hospitals said they had hired replacement nurses and that scheduled surgeries "
            "would go ahead. A bargaining session is set for March 3.",
        ),
        "gold": [
            ("PLACE", "PORTLAND", 0, {}),
            ("PLACE", "Ore.", 0, {}),
            ("PLACE", "in [Portland] walked", 0, {}),
            ("DATE", "Tuesday", 0, {"value": None}),
            ("DATE", "2008", 0, {"value": "2008"}),
            ("SPEAKER", "The union", 0, {"key": "union"}),
            ("QUOTE", "talks broke down over staffing levels", 0,
             {"quote_type": I, "said_by": "union"}),
            ("QUOTE", "We are not asking for the moon,", 0, {"quote_type": D, "said_by": "albers"}),
            ("SPEAKER", "Kim Albers", 0, {"key": "albers"}),
            ("QUOTE", "We are asking for enough hands to keep patients safe.", 0,
             {"quote_type": D, "said_by": "albers"}),
            ("SPEAKER", "The hospitals", 0, {"key": "hospitals"}),
            ("QUOTE", "they had hired replacement nurses", 0,
             {"quote_type": I, "said_by": "hospitals"}),
            ("QUOTE", "scheduled surgeries would go ahead", 0,
             {"quote_type": I, "said_by": "hospitals"}),
            ("DATE", "March 3", 0, {"value": "XXXX-03-03"}),
        ],
    },
    {
        "id": "wire-32-nodate-wsj",
        "published": None,
        "text": _text(
            "Chicago Board of Trade officials said they will extend trading hours for "
            "soybean futures beginning next month.",
            "The exchange's chairman, William Jordan, said members had asked for the change "
            "since last year. Grain traders in Kansas and Nebraska have complained that "
            "overnight news from Brazil moves prices before the market opens.",
            "The exchange last changed its hours in 1985.",
            "\"Farmers are watching the markets at all hours now,\" Jordan said in an "
            "interview. \"We have to follow them.\"",
            "The change still needs approval from federal regulators.",
        ),
        "gold": [
            ("SPEAKER", "Chicago Board of Trade officials", 0, {"key": "cbot"}),
            ("QUOTE", "they will extend trading hours for soybean futures beginning next month",
             0, {"quote_type": I, "said_by": "cbot"}),
            ("DATE", "next month", 0, {"value": None}),
            ("SPEAKER", "William Jordan", 0, {"key": "jordan"}),
            ("QUOTE", "members had asked for the change since last year", 0,
             {"quote_type": I, "said_by": "jordan"}),
            ("DATE", "last year", 0, {"value": None}),
            ("PLACE", "Kansas", 0, {}),
            ("PLACE", "Nebraska", 0, {}),
            ("SPEAKER", "Grain traders in Kansas and Nebraska", 0, {"key": "traders"}),
            ("QUOTE", "overnight news from Brazil moves prices before the market opens", 0,
             {"quote_type": I, "said_by": "traders"}),
            ("PLACE", "Brazil", 0, {}),
            ("DATE", "1985", 0, {"value": "1985"}),
            ("QUOTE", "Farmers are watching the markets at all hours now,", 0,
             {"quote_type": D, "said_by": "jordan1"}),
            ("SPEAKER", "[Jordan] said in an", 0, {"key": "jordan1"}),
            ("QUOTE", "We have to follow them.", 0, {"quote_type": D, "said_by": "jordan1"}),
        ],
    },
    {
        "id": "wire-33-nodate-science",
        "published": None,
        "text": _text(
            "Researchers studying seabirds on islands in the North Sea have found that puffin "
            "chicks are hatching about a week earlier than they did in the 1970s.",
            "The shift tracks warmer spring water, which brings the sand eels the chicks feed "
            "on closer to the surface earlier in the season, the team reported.",
            "'It is a clear signal, but the birds may not be able to keep up,' said Fiona "
            "McLeod of the University of Aberdeen, who led the work.",
        ),
        "gold": [
            ("PLACE", "North Sea", 0, {}),
            ("DATE", "the 1970s", 0, {"value": "197"}),
            ("QUOTE", "The shift tracks warmer spring water, which brings the sand eels the "
             "chicks feed on closer to the surface earlier in the season", 0,
             {"quote_type": I, "said_by": "team"}),
            ("SPEAKER", "the team", 0, {"key": "team"}),
            ("QUOTE", "It is a clear signal, but the birds may not be able to keep up,", 0,
             {"quote_type": D, "said_by": "mcleod"}),
            ("SPEAKER", "Fiona McLeod", 0, {"key": "mcleod"}),
        ],
    },
    # -- Guillemets (translated quote), European wire -----------------------------------
    {
        "id": "wire-34-guillemets",
        "published": "2025-05-15",
        "text": _text(
            "PARIS, May 15 (Reuters) - French farmers blocked roads around Lyon and Toulouse on "
            "Thursday to protest a trade deal with South American countries.",
            "«We will not be sacrificed for German car exports», said Jean-Marc Perrin, head of "
            "a farmers' union in the Rhône region, in comments broadcast by a local radio station.",
            "Agriculture Minister Claire Dubois said on Wednesday that France would not sign the "
            "deal in its current form.",
            "Police said about 400 tractors took part in the protests.",
        ),
        "gold": [
            ("PLACE", "PARIS", 0, {}),
            ("DATE", "May 15", 0, {"value": "2025-05-15"}),
            ("PLACE", "Lyon", 0, {}),
            ("PLACE", "Toulouse", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2025-05-15"}),
            ("QUOTE", "We will not be sacrificed for German car exports", 0,
             {"quote_type": D, "said_by": "perrin"}),
            ("SPEAKER", "Jean-Marc Perrin", 0, {"key": "perrin"}),
            ("PLACE", "Rhône", 0, {}),
            ("SPEAKER", "Claire Dubois", 0, {"key": "dubois"}),
            ("DATE", "Wednesday", 0, {"value": "2025-05-14"}),
            ("QUOTE", "France would not sign the deal in its current form", 0,
             {"quote_type": I, "said_by": "dubois"}),
            ("PLACE", "France", 0, {}),
            ("SPEAKER", "Police", 0, {"key": "police"}),
            ("QUOTE", "about 400 tractors took part in the protests", 0,
             {"quote_type": I, "said_by": "police"}),
        ],
    },
    # -- Quote with speaker first, colon ---------------------------------------------
    {
        "id": "wire-35-colon-quote",
        "published": "2018-12-06",
        "text": _text(
            "OTTAWA (Reuters) - Canada's finance minister, Dominic Leclair, said on Wednesday "
            "that the country could weather a slowdown in the United States.",
            "Leclair told a business audience in Toronto: \"Our banks are strong, our households "
            "are adjusting, and our trade with Asia is growing.\"",
            "He added that Ottawa would present its budget in February.",
            "Opposition critic Marie Tremblay said the forecast was \"wishful thinking\" and "
            "accused the government of ignoring rising household debt.",
            "The Bank of Canada meets next week.",
        ),
        "gold": [
            ("PLACE", "OTTAWA", 0, {}),
            ("PLACE", "Canada", 0, {}),
            ("SPEAKER", "Dominic Leclair", 0, {"key": "leclair0"}),
            ("DATE", "Wednesday", 0, {"value": "2018-12-05"}),
            ("QUOTE", "the country could weather a slowdown in the United States", 0,
             {"quote_type": I, "said_by": "leclair0"}),
            ("PLACE", "United States", 0, {}),
            ("SPEAKER", "[Leclair] told", 0, {"key": "leclair1"}),
            ("PLACE", "Toronto", 0, {}),
            ("QUOTE", "Our banks are strong, our households are adjusting, and our trade with "
             "Asia is growing.", 0, {"quote_type": D, "said_by": "leclair1"}),
            ("PLACE", "Asia", 0, {}),
            ("SPEAKER", "[He] added", 0, {"key": "he", "resolved": "Leclair"}),
            ("QUOTE", "Ottawa would present its budget in February", 0,
             {"quote_type": I, "said_by": "he"}),
            ("PLACE", "[Ottawa] would", 0, {}),
            ("DATE", "February", 0, {"value": "2019-02"}),
            ("SPEAKER", "Marie Tremblay", 0, {"key": "tremblay"}),
            ("QUOTE", "the forecast was", 0, {"quote_type": I, "said_by": "tremblay"}),
            ("QUOTE", "wishful thinking", 0, {"quote_type": D, "said_by": "tremblay"}),
            ("DATE", "next week", 0, {"value": "2018-W50"}),
        ],
    },
    # -- Tech business, curly quotes, "according to a person familiar" ------------------
    {
        "id": "wire-36-tech-curly",
        "published": "2025-05-15",
        "text": _text(
            "SAN FRANCISCO — Brightwave, the cloud software company, plans to lay off about 8% "
            "of its staff, according to a person familiar with the matter.",
            "The cuts will fall mostly on sales teams in Europe and Latin America, the person "
            "said. Brightwave declined to comment.",
            "Chief Executive Dana Cole told employees in a memo on Tuesday that the company had "
            "“hired ahead of demand.” She wrote that the decision was “painful but necessary.”",
            "The company employs about 6,000 people worldwide.",
        ),
        "gold": [
            ("PLACE", "SAN FRANCISCO", 0, {}),
            ("QUOTE", "Brightwave, the cloud software company, plans to lay off about 8% of its "
             "staff", 0, {"quote_type": I, "said_by": "person0"}),
            ("SPEAKER", "a person familiar with the matter", 0, {"key": "person0"}),
            ("QUOTE", "The cuts will fall mostly on sales teams in Europe and Latin America", 0,
             {"quote_type": I, "said_by": "person1"}),
            ("PLACE", "Europe", 0, {}),
            ("PLACE", "Latin America", 0, {}),
            ("SPEAKER", "the person", 0, {"key": "person1",
                                          "resolved": "a person familiar with the matter"}),
            ("SPEAKER", "Dana Cole", 0, {"key": "cole"}),
            ("DATE", "Tuesday", 0, {"value": "2025-05-13"}),
            ("QUOTE", "the company had", 0, {"quote_type": I, "said_by": "cole"}),
            ("QUOTE", "hired ahead of demand.", 0, {"quote_type": D, "said_by": "cole"}),
            ("SPEAKER", "[She] wrote", 0, {"key": "she", "resolved": "Dana Cole"}),
            ("QUOTE", "the decision was", 0, {"quote_type": I, "said_by": "she"}),
            ("QUOTE", "painful but necessary.", 0, {"quote_type": D, "said_by": "she"}),
        ],
    },
    # -- Election, quotes with "says" present tense -------------------------------------
    {
        "id": "wire-37-election",
        "published": "1996-08-14",
        "text": _text(
            "SAN DIEGO — Republicans opened their convention here yesterday with a promise to "
            "cut taxes by 15 percent, and party leaders said the nominee would carry California "
            "in November.",
            "\"This state is in play,\" says Gov. Pete Sandoval, who spoke on the first night. "
            "\"Anyone who tells you otherwise hasn't been to the Central Valley.\"",
            "Democrats say the tax plan would add $550 billion to the deficit over six years.",
            "Both campaigns plan to spend heavily in California before Labor Day.",
        ),
        "gold": [
            ("PLACE", "SAN DIEGO", 0, {}),
            ("DATE", "yesterday", 0, {"value": "1996-08-13"}),
            ("SPEAKER", "party leaders", 0, {"key": "leaders"}),
            ("QUOTE", "the nominee would carry California in November", 0,
             {"quote_type": I, "said_by": "leaders"}),
            ("PLACE", "California", 0, {}),
            ("DATE", "November", 0, {"value": "1996-11"}),
            ("QUOTE", "This state is in play,", 0, {"quote_type": D, "said_by": "sandoval"}),
            ("SPEAKER", "Pete Sandoval", 0, {"key": "sandoval"}),
            ("QUOTE", "Anyone who tells you otherwise hasn't been to the Central Valley.", 0,
             {"quote_type": D, "said_by": "sandoval"}),
            ("PLACE", "Central Valley", 0, {}),
            ("SPEAKER", "Democrats", 0, {"key": "dems"}),
            ("QUOTE", "the tax plan would add $550 billion to the deficit over six years", 0,
             {"quote_type": I, "said_by": "dems"}),
            ("PLACE", "California", 1, {}),
            ("DATE", "Labor Day", 0, {"value": "1996-09-02"}),
        ],
    },
    # -- Health, multi-sentence quote, "he said" in the middle ----------------------------
    {
        "id": "wire-38-health",
        "published": "1997-04-10",
        "text": _text(
            "ATLANTA (AP) — Cases of measles in the United States fell to a record low last "
            "year, the Centers for Disease Control and Prevention reported today.",
            "Only 138 cases were confirmed in 1996, compared with more than 27,000 in 1990. "
            "Most of the recent cases were brought in by travelers from Europe and Asia, the "
            "agency said.",
            "\"Vaccination works,\" said Dr. Walter Grimes, who heads the agency's immunization "
            "program. \"But measles is one plane ride away. We can't relax.\"",
        ),
        "gold": [
            ("PLACE", "ATLANTA", 0, {}),
            ("QUOTE", "Cases of measles in the United States fell to a record low last year", 0,
             {"quote_type": I, "said_by": "cdc"}),
            ("PLACE", "United States", 0, {}),
            ("DATE", "last year", 0, {"value": "1996"}),
            ("SPEAKER", "the Centers for Disease Control and Prevention", 0, {"key": "cdc"}),
            ("DATE", "today", 0, {"value": "1997-04-10"}),
            ("DATE", "1996", 0, {"value": "1996"}),
            ("DATE", "1990", 0, {"value": "1990"}),
            ("QUOTE", "Most of the recent cases were brought in by travelers from Europe and "
             "Asia", 0, {"quote_type": I, "said_by": "agency"}),
            ("PLACE", "Europe", 0, {}),
            ("PLACE", "Asia", 0, {}),
            ("SPEAKER", "[the agency] said", 0,
             {"key": "agency", "resolved": "the Centers for Disease Control and Prevention"}),
            ("QUOTE", "Vaccination works,", 0, {"quote_type": D, "said_by": "grimes"}),
            ("SPEAKER", "Walter Grimes", 0, {"key": "grimes"}),
            ("QUOTE", "But measles is one plane ride away. We can't relax.", 0,
             {"quote_type": D, "said_by": "grimes"}),
        ],
    },
    # -- Middle East, places that are also names ----------------------------------------
    {
        "id": "wire-39-jordan",
        "published": "2022-09-15",
        "text": _text(
            "AMMAN, Jordan (AP) — Jordan and Israel signed an agreement on Wednesday to expand "
            "water sales from the Sea of Galilee, Jordan's water ministry said.",
            "Under the deal, Israel will sell an additional 50 million cubic meters of water a "
            "year to the kingdom, which is one of the driest countries in the world.",
            "\"Every drop matters to us,\" Water Minister Samir Haddad said at the signing "
            "ceremony near the Dead Sea.",
            "The kingdom gets less than 100 cubic meters of water per person a year, according to "
            "the World Bank.",
        ),
        "gold": [
            ("PLACE", "AMMAN", 0, {}),
            ("PLACE", "Jordan", 0, {}),
            ("PLACE", "Jordan", 1, {}),
            ("PLACE", "Israel", 0, {}),
            ("QUOTE", "Jordan and Israel signed an agreement on Wednesday to expand water sales "
             "from the Sea of Galilee", 0, {"quote_type": I, "said_by": "ministry"}),
            ("DATE", "Wednesday", 0, {"value": "2022-09-14"}),
            ("PLACE", "Sea of Galilee", 0, {}),
            ("PLACE", "Jordan", 2, {}),
            ("SPEAKER", "[Jordan's water ministry]", 0, {"key": "ministry"}),
            ("PLACE", "Israel", 1, {}),
            ("QUOTE", "Every drop matters to us,", 0, {"quote_type": D, "said_by": "haddad"}),
            ("SPEAKER", "Samir Haddad", 0, {"key": "haddad"}),
            ("PLACE", "Dead Sea", 0, {}),
            ("QUOTE", "The kingdom gets less than 100 cubic meters of water per person a year", 0,
             {"quote_type": I, "said_by": "wb"}),
            ("SPEAKER", "the World Bank", 0, {"key": "wb"}),
        ],
    },
    # -- Education, local, paraphrase then quote --------------------------------------
    {
        "id": "wire-40-schools",
        "published": "2024-07-22",
        "text": _text(
            "BURLINGTON, Vt. — The state's largest school district will start classes an hour "
            "later this fall, Superintendent Maya Chen announced Monday, after a year-long "
            "study of student sleep.",
            "Chen said attendance at first period had dropped sharply since 2019. \"Our "
            "teenagers are tired,\" she said, \"and tired kids don't learn.\"",
            "Some parents have objected. Tom Reilly, whose two sons attend Burlington High "
            "School, said the change would make it harder for working families to get children "
            "to school.",
        ),
        "gold": [
            ("PLACE", "BURLINGTON", 0, {}),
            ("PLACE", "Vt.", 0, {}),
            ("QUOTE", "The state's largest school district will start classes an hour later this "
             "fall", 0, {"quote_type": I, "said_by": "chen0"}),
            ("DATE", "this fall", 0, {"value": "2024-FA"}),
            ("SPEAKER", "Maya Chen", 0, {"key": "chen0"}),
            ("DATE", "Monday", 0, {"value": "2024-07-22"}),
            ("SPEAKER", "[Chen] said attendance", 0, {"key": "chen1"}),
            ("QUOTE", "attendance at first period had dropped sharply since 2019", 0,
             {"quote_type": I, "said_by": "chen1"}),
            ("DATE", "2019", 0, {"value": "2019"}),
            ("QUOTE", "Our teenagers are tired,", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Chen"}),
            ("QUOTE", "and tired kids don't learn.", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "Tom Reilly", 0, {"key": "reilly"}),
            ("QUOTE", "the change would make it harder for working families to get children to "
             "school", 0, {"quote_type": I, "said_by": "reilly"}),
        ],
    },
]
