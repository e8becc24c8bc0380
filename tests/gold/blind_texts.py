"""The texts and hand annotations of the BLIND test set (built by ``build_blind.py``).

Thirty short news passages written for this set (none copied from a real article; people,
companies and events are invented, places are real), in styles the seed and wire dev sets
lack: Reuters/Bloomberg markets copy, long-form US political features with many speakers
and pronouns, UK and Irish copy with single quotes and "Mr Smith", Indian, Australian and
South African English, US local TV web copy, a press release, match reports, science and
health news citing studies, court reports, an obituary, a live blog, 1990s business news
with many relative dates, emoji and non-Latin names, and three texts where nothing must
match.

This set is a held-out measure: nobody may tune a rule on it or hold the heuristics to
thresholds on it. It was annotated by the labeling spec before any heuristic output was
looked at. Annotations follow ``build_gold.py``: ``(label, surface, occurrence, extra)``,
with ``[...]`` marking the span inside a longer context and ``"all"`` for a name wherever
it occurs in the content.
"""

from __future__ import annotations

from typing import Any

D, I = "direct", "indirect"  # noqa: E741 - short names keep the tables readable


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


# Each passage: id, meta.published (None: no publication date), text, annotations.
PASSAGES: list[dict[str, Any]] = [
    # -- Reuters, commodities ------------------------------------------------------------
    {
        "id": "blind-01-reuters-oil",
        "published": "2025-03-04",
        "text": _text(
            "Oil slips as producers stick to April output plan",
            "SINGAPORE, March 4 (Reuters) - Oil prices fell for a third session on Tuesday "
            "after OPEC+ said it would press ahead with a planned output increase in April, "
            "while fresh U.S. tariffs on Canada and Mexico clouded the demand outlook.",
            "Brent crude futures were down 62 cents, or 0.9%, at $70.98 a barrel by 0412 GMT. "
            "U.S. West Texas Intermediate crude slipped 71 cents to $67.66.",
            "\"The market was braced for a delay, and it didn't get one,\" said Priya Raman, an "
            "analyst at Halden Securities in Singapore.",
            "Traders said thin liquidity in Asian hours had exaggerated the move. Chinese demand "
            "data due next week could set the tone for crude this month, Raman added.",
            "Brent lost nearly 5% in February, its steepest monthly fall since September.",
        ),
        "gold": [
            ("DATE", "[April] output", 0, {"value": "2025-04"}),
            ("PLACE", "SINGAPORE", 0, {}),
            ("DATE", "March 4", 0, {"value": "2025-03-04"}),
            ("DATE", "Tuesday", 0, {"value": "2025-03-04"}),
            ("SPEAKER", "OPEC+", 0, {"key": "opec"}),
            ("QUOTE", "it would press ahead with a planned output increase in April", 0,
             {"quote_type": I, "said_by": "opec"}),
            ("DATE", "increase in [April]", 0, {"value": "2025-04"}),
            ("PLACE", "fresh [U.S.] tariffs", 0, {}),
            ("PLACE", "Canada", 0, {}),
            ("PLACE", "Mexico", 0, {}),
            ("PLACE", "[U.S.] West Texas", 0, {}),
            ("QUOTE", "The market was braced for a delay, and it didn't get one,", 0,
             {"quote_type": D, "said_by": "raman0"}),
            ("SPEAKER", "Priya Raman", 0, {"key": "raman0"}),
            ("PLACE", "Securities in [Singapore]", 0, {}),
            ("SPEAKER", "Traders", 0, {"key": "traders"}),
            ("QUOTE", "thin liquidity in Asian hours had exaggerated the move", 0,
             {"quote_type": I, "said_by": "traders"}),
            ("QUOTE", "Chinese demand data due next week could set the tone for crude this month",
             0, {"quote_type": I, "said_by": "raman1"}),
            ("DATE", "next week", 0, {"value": "2025-W11"}),
            ("DATE", "this month", 0, {"value": "2025-03"}),
            ("SPEAKER", "[Raman] added", 0, {"key": "raman1"}),
            ("DATE", "February", 0, {"value": "2025-02"}),
            ("DATE", "September", 0, {"value": "2024-09"}),
        ],
    },
    # -- Bloomberg, rates ------------------------------------------------------------------
    {
        "id": "blind-02-bloomberg-rates",
        "published": "2024-09-19",
        "text": _text(
            "Treasuries Rally as Traders Bet on Deeper Fed Cuts",
            "(Bloomberg) -- Treasuries climbed Thursday, extending a rally that has pushed "
            "two-year yields to the lowest since 2022, as traders bet the Federal Reserve will "
            "follow its half-point cut with more aggressive easing.",
            "The policy-sensitive two-year yield fell as much as six basis points to 3.55%. Swaps "
            "traders are now pricing in about 70 basis points of further cuts by December, "
            "according to data compiled by Bloomberg.",
            "“The Fed has basically told you it's worried about the labor market,” said Gennady "
            "Voss, head of rates strategy at Marlow Capital in New York. “That's a green light "
            "for duration.”",
            "Fed Governor Lena Okafor said Wednesday that the central bank was not “in a hurry” "
            "and that officials would move meeting by meeting. Some strategists said the market "
            "had gotten ahead of itself.",
            "The Fed is considering shrinking its balance sheet more slowly, people familiar with "
            "the matter said, asking not to be identified because the talks are private.",
        ),
        "gold": [
            ("DATE", "Thursday", 0, {"value": "2024-09-19"}),
            ("DATE", "2022", 0, {"value": "2022"}),
            ("QUOTE", "Swaps traders are now pricing in about 70 basis points of further cuts by "
             "December", 0, {"quote_type": I, "said_by": "data"}),
            ("DATE", "December", 0, {"value": "2024-12"}),
            ("SPEAKER", "data compiled by Bloomberg", 0, {"key": "data"}),
            ("QUOTE", "The Fed has basically told you it's worried about the labor market,", 0,
             {"quote_type": D, "said_by": "voss"}),
            ("SPEAKER", "Gennady Voss", 0, {"key": "voss"}),
            ("PLACE", "New York", 0, {}),
            ("QUOTE", "That's a green light for duration.", 0,
             {"quote_type": D, "said_by": "voss"}),
            ("SPEAKER", "Lena Okafor", 0, {"key": "okafor"}),
            ("DATE", "Wednesday", 0, {"value": "2024-09-18"}),
            ("QUOTE", "the central bank was not", 0, {"quote_type": I, "said_by": "okafor"}),
            ("QUOTE", "in a hurry", 0, {"quote_type": D, "said_by": "okafor"}),
            ("QUOTE", "officials would move meeting by meeting", 0,
             {"quote_type": I, "said_by": "okafor"}),
            ("SPEAKER", "Some strategists", 0, {"key": "strategists"}),
            ("QUOTE", "the market had gotten ahead of itself", 0,
             {"quote_type": I, "said_by": "strategists"}),
            ("QUOTE", "The Fed is considering shrinking its balance sheet more slowly", 0,
             {"quote_type": I, "said_by": "people"}),
            ("SPEAKER", "people familiar with the matter", 0, {"key": "people"}),
        ],
    },
    # -- NYT-style long-form politics, pronouns ----------------------------------------------
    {
        "id": "blind-03-feature-swing-county",
        "published": "2024-10-30",
        "text": _text(
            "In a Swing County, Two Neighbors and a Widening Gap",
            "ERIE, Pa. — On a gray afternoon last week, Denise Kowalczyk stood in her driveway "
            "and pointed at the yard signs across the street. “We used to barbecue together on "
            "the same grill,” she said. “Now we wave, and that's about it.”",
            "Her neighbor, Raymond Oyelaran, a retired machinist, sees it differently. He said "
            "the signs were not the problem; the price of groceries was. “I don't hate "
            "anybody,” he said. “I just can't afford anything.”",
            "Erie County has picked the winner in most presidential races since the 1990s, and "
            "both campaigns have sent surrogates here. Gov. Alana Brisco told a rally on "
            "Saturday that the county would “decide the whole thing,” a line her staff repeated "
            "to reporters afterward.",
            "Mrs. Kowalczyk laughed at that. She said she had heard the same promise four years "
            "ago.",
        ),
        "gold": [
            ("PLACE", "ERIE", 0, {}),
            ("PLACE", "Pa.", 0, {}),
            ("DATE", "last week", 0, {"value": "2024-W43"}),
            ("QUOTE", "We used to barbecue together on the same grill,", 0,
             {"quote_type": D, "said_by": "she0"}),
            ("SPEAKER", "[she] said", 0, {"key": "she0", "resolved": "Denise Kowalczyk"}),
            ("QUOTE", "Now we wave, and that's about it.", 0, {"quote_type": D, "said_by": "she0"}),
            ("SPEAKER", "[He] said the signs", 0, {"key": "he0", "resolved": "Raymond Oyelaran"}),
            ("QUOTE", "the signs were not the problem; the price of groceries was", 0,
             {"quote_type": I, "said_by": "he0"}),
            ("QUOTE", "I don't hate anybody,", 0, {"quote_type": D, "said_by": "he1"}),
            ("SPEAKER", "[he] said. “I just", 0, {"key": "he1", "resolved": "Raymond Oyelaran"}),
            ("QUOTE", "I just can't afford anything.", 0, {"quote_type": D, "said_by": "he1"}),
            ("PLACE", "Erie County", 0, {}),
            ("DATE", "the 1990s", 0, {"value": "199"}),
            ("SPEAKER", "Alana Brisco", 0, {"key": "brisco"}),
            ("DATE", "Saturday", 0, {"value": "2024-10-26"}),
            ("QUOTE", "the county would", 0, {"quote_type": I, "said_by": "brisco"}),
            ("QUOTE", "decide the whole thing,", 0, {"quote_type": D, "said_by": "brisco"}),
            ("SPEAKER", "[She] said she had", 0, {"key": "she1", "resolved": "Kowalczyk"}),
            ("QUOTE", "she had heard the same promise four years ago", 0,
             {"quote_type": I, "said_by": "she1"}),
            ("DATE", "four years ago", 0, {"value": "2020"}),
        ],
    },
    # -- Washington Post-style politics, descriptions and pronouns ----------------------------
    {
        "id": "blind-04-feature-farm-bill",
        "published": "2025-02-20",
        "text": _text(
            "Inside the fight over a farm bill that nobody wants to own",
            "Sen. Harlan Beaumont has spent most of February working the phones. The Nebraska "
            "Republican, who chairs the agriculture panel, said in an interview that he had "
            "“never seen the caucus this divided” over crop subsidies.",
            "Two aides familiar with the negotiations said leadership had quietly shelved a vote "
            "planned for March. One of them said the speaker's office feared losing moderates "
            "from Iowa and Minnesota.",
            "Rep. Celia Navarro-Quist, a Democrat who represents farm districts in the Central "
            "Valley, was blunter. “They are running out the clock on families who grow our "
            "food,” she said on Tuesday.",
            "The senator disputed that. He told The Washington Post that talks were continuing "
            "and that a draft would be ready “well before summer.”",
            "The White House declined to comment.",
        ),
        "gold": [
            ("DATE", "February", 0, {"value": "2025-02"}),
            ("SPEAKER", "The Nebraska Republican", 0,
             {"key": "beaumont0", "resolved": "Harlan Beaumont"}),
            ("PLACE", "Nebraska", 0, {}),
            ("QUOTE", "he had “never seen the caucus this divided” over crop subsidies", 0,
             {"quote_type": I, "said_by": "beaumont0"}),
            ("QUOTE", "never seen the caucus this divided", 0,
             {"quote_type": D, "said_by": "beaumont0"}),
            ("SPEAKER", "Two aides", 0, {"key": "aides"}),
            ("QUOTE", "leadership had quietly shelved a vote planned for March", 0,
             {"quote_type": I, "said_by": "aides"}),
            ("DATE", "March", 0, {"value": "2025-03"}),
            ("SPEAKER", "One of them", 0, {"key": "one"}),
            ("QUOTE", "the speaker's office feared losing moderates from Iowa and Minnesota", 0,
             {"quote_type": I, "said_by": "one"}),
            ("PLACE", "Iowa", 0, {}),
            ("PLACE", "Minnesota", 0, {}),
            ("PLACE", "Central Valley", 0, {}),
            ("QUOTE", "They are running out the clock on families who grow our food,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said on", 0, {"key": "she", "resolved": "Celia Navarro-Quist"}),
            ("DATE", "Tuesday", 0, {"value": "2025-02-18"}),
            ("SPEAKER", "[He] told", 0, {"key": "he", "resolved": "Harlan Beaumont"}),
            ("QUOTE", "talks were continuing", 0, {"quote_type": I, "said_by": "he"}),
            ("QUOTE", "a draft would be ready", 0, {"quote_type": I, "said_by": "he"}),
            ("QUOTE", "well before summer.", 0, {"quote_type": D, "said_by": "he"}),
            ("DATE", "summer", 0, {"value": "2025-SU"}),
        ],
    },
    # -- Guardian-style UK local government, single quotes, "Mr" without a dot ----------------
    {
        "id": "blind-05-guardian-council",
        "published": "2023-11-16",
        "text": _text(
            "Birmingham backs 9.9% council tax rise as libraries face closure",
            "Councillors in Birmingham have approved the largest council tax increase in "
            "England, as the authority tries to fill a £300m hole in its budget.",
            "The vote, 61 to 38, came on Tuesday evening after a debate that lasted almost "
            "five hours.",
            "'Nobody came into politics to do this,' said the council leader, John Cotterill. "
            "'But the alternative is that we run out of money by the spring.'",
            "Mr Cotterill said libraries and youth centres would be the first to close, and that "
            "talks with unions would resume next month.",
            "Unison's regional secretary, Mairead Flanagan, said the cuts were 'a betrayal of "
            "the city's poorest residents'. A government spokesperson said ministers were "
            "'monitoring the situation closely'.",
            "Ms Flanagan told the Guardian the union would ballot members before Christmas.",
        ),
        "gold": [
            ("PLACE", "Birmingham", "all", {}),
            ("PLACE", "England", 0, {}),
            ("DATE", "Tuesday evening", 0, {"value": "2023-11-14TEV"}),
            ("QUOTE", "Nobody came into politics to do this,", 0,
             {"quote_type": D, "said_by": "cotterill0"}),
            ("SPEAKER", "John Cotterill", 0, {"key": "cotterill0"}),
            ("QUOTE", "But the alternative is that we run out of money by the spring.", 0,
             {"quote_type": D, "said_by": "cotterill0"}),
            ("DATE", "the spring", 0, {"value": "2024-SP"}),
            ("SPEAKER", "Mr [Cotterill] said", 0, {"key": "cotterill1"}),
            ("QUOTE", "libraries and youth centres would be the first to close", 0,
             {"quote_type": I, "said_by": "cotterill1"}),
            ("QUOTE", "talks with unions would resume next month", 0,
             {"quote_type": I, "said_by": "cotterill1"}),
            ("DATE", "next month", 0, {"value": "2023-12"}),
            ("SPEAKER", "Mairead Flanagan", 0, {"key": "flanagan0"}),
            ("QUOTE", "the cuts were", 0, {"quote_type": I, "said_by": "flanagan0"}),
            ("QUOTE", "a betrayal of the city's poorest residents", 0,
             {"quote_type": D, "said_by": "flanagan0"}),
            ("SPEAKER", "A government spokesperson", 0, {"key": "gov"}),
            ("QUOTE", "ministers were", 0, {"quote_type": I, "said_by": "gov"}),
            ("QUOTE", "monitoring the situation closely", 0, {"quote_type": D, "said_by": "gov"}),
            ("SPEAKER", "Ms [Flanagan] told", 0, {"key": "flanagan1"}),
            ("QUOTE", "the union would ballot members before Christmas", 0,
             {"quote_type": I, "said_by": "flanagan1"}),
            ("DATE", "Christmas", 0, {"value": "2023-12-25"}),
        ],
    },
    # -- Irish news, fadas, 'said' after a description ---------------------------------------
    {
        "id": "blind-06-irish-hospital",
        "published": "2025-06-12",
        "text": _text(
            "Taoiseach rejects calls for inquiry into Cork hospital delays",
            "The Taoiseach has said there is no need for a statutory inquiry into waiting times "
            "at Cork University Hospital, despite a report showing some patients spent more "
            "than 40 hours on trolleys.",
            "Speaking in the Dáil on Wednesday, Mr Ó Briain said the Health Service Executive "
            "was already carrying out a review. 'We will have answers within weeks, not years,' "
            "he said.",
            "Sinn Féin's health spokesperson, Clodagh Ní Mhaoláin, said that was 'simply not "
            "good enough' for families in Munster.",
            "The Irish Nurses and Midwives Organisation said 87 patients were on trolleys at the "
            "hospital yesterday morning. Its general secretary, Fiachra Doyle, warned that the "
            "summer would bring no relief.",
            "The review is due to report in July.",
        ),
        "gold": [
            ("PLACE", "[Cork] hospital", 0, {}),
            ("SPEAKER", "[The Taoiseach] has", 0, {"key": "taoiseach", "resolved": "Ó Briain"}),
            ("QUOTE", "there is no need for a statutory inquiry into waiting times at Cork "
             "University Hospital", 0, {"quote_type": I, "said_by": "taoiseach"}),
            ("DATE", "Wednesday", 0, {"value": "2025-06-11"}),
            ("SPEAKER", "Mr [Ó Briain] said", 0, {"key": "obriain"}),
            ("QUOTE", "the Health Service Executive was already carrying out a review", 0,
             {"quote_type": I, "said_by": "obriain"}),
            ("QUOTE", "We will have answers within weeks, not years,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "' [he] said", 0, {"key": "he", "resolved": "Ó Briain"}),
            ("SPEAKER", "Clodagh Ní Mhaoláin", 0, {"key": "nimhaolain"}),
            ("QUOTE", "that was 'simply not good enough' for families in Munster", 0,
             {"quote_type": I, "said_by": "nimhaolain"}),
            ("QUOTE", "simply not good enough", 0, {"quote_type": D, "said_by": "nimhaolain"}),
            ("PLACE", "Munster", 0, {}),
            ("SPEAKER", "The Irish Nurses and Midwives Organisation", 0, {"key": "inmo"}),
            ("QUOTE", "87 patients were on trolleys at the hospital yesterday morning", 0,
             {"quote_type": I, "said_by": "inmo"}),
            ("DATE", "yesterday morning", 0, {"value": "2025-06-11TMO"}),
            ("SPEAKER", "Fiachra Doyle", 0, {"key": "doyle"}),
            ("QUOTE", "the summer would bring no relief", 0, {"quote_type": I, "said_by": "doyle"}),
            ("DATE", "the summer", 0, {"value": "2025-SU"}),
            ("DATE", "July", 0, {"value": "2025-07"}),
        ],
    },
    # -- Indian English (PTI style) ------------------------------------------------------------
    {
        "id": "blind-07-india-heatwave",
        "published": "2024-04-25",
        "text": _text(
            "Heatwave: Schools in Odisha to stay shut till April 30",
            "BHUBANESWAR: The Odisha government on Thursday extended the closure of all schools "
            "till April 30 as the mercury crossed 44 degrees Celsius in several districts, "
            "officials said.",
            "Titlagarh recorded the highest temperature in the state at 44.8 degrees Celsius on "
            "Wednesday, the India Meteorological Department (IMD) said.",
            "\"Children's safety is our first priority. Anganwadi centres will also remain "
            "closed,\" School and Mass Education Minister Sushanta Mohapatra told reporters.",
            "IMD scientist Dr. Umashankar Das said that heatwave conditions are likely to "
            "continue for the next four to five days in western Odisha.",
            "Farmers' bodies in the state have demanded compensation of ₹20,000 per acre for "
            "crop losses. Last year, the state had ordered a similar closure in mid-June.",
        ),
        "gold": [
            ("PLACE", "Odisha", "all", {}),
            ("DATE", "April 30", "all", {"value": "2024-04-30"}),
            ("PLACE", "BHUBANESWAR", 0, {}),
            ("DATE", "Thursday", 0, {"value": "2024-04-25"}),
            ("QUOTE", "The Odisha government on Thursday extended the closure of all schools till "
             "April 30 as the mercury crossed 44 degrees Celsius in several districts", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("SPEAKER", "officials", 0, {"key": "officials"}),
            ("QUOTE", "Titlagarh recorded the highest temperature in the state at 44.8 degrees "
             "Celsius on Wednesday", 0, {"quote_type": I, "said_by": "imd"}),
            ("PLACE", "Titlagarh", 0, {}),
            ("DATE", "Wednesday", 0, {"value": "2024-04-24"}),
            ("SPEAKER", "the India Meteorological Department", 0, {"key": "imd"}),
            ("QUOTE", "Children's safety is our first priority. Anganwadi centres will also "
             "remain closed,", 0, {"quote_type": D, "said_by": "mohapatra"}),
            ("SPEAKER", "Sushanta Mohapatra", 0, {"key": "mohapatra"}),
            ("SPEAKER", "Umashankar Das", 0, {"key": "das"}),
            ("QUOTE", "heatwave conditions are likely to continue for the next four to five days "
             "in western Odisha", 0, {"quote_type": I, "said_by": "das"}),
            ("DATE", "Last year", 0, {"value": "2023"}),
            ("DATE", "mid-June", 0, {"value": "2023-06"}),
        ],
    },
    # -- Australian state politics (ABC/AAP style) ---------------------------------------------
    {
        "id": "blind-08-australia-stamp-duty",
        "published": "2025-07-08",
        "text": _text(
            "NSW Premier flags stamp duty changes for first-home buyers",
            "The NSW Premier says first-home buyers will pay less stamp duty under changes to "
            "be announced in next month's budget.",
            "Speaking in western Sydney this morning, Mr Keneally-Brandt said the threshold for "
            "the exemption would rise from $800,000.",
            "\"We've heard loud and clear that young people feel locked out,\" he said.",
            "\"This is about giving them a fair go.\"",
            "Opposition treasury spokeswoman Tanya Whitcombe said the announcement was a "
            "\"thought bubble\" and accused the government of ignoring renters.",
            "The Property Council welcomed the move but urged the state to go further and scrap "
            "stamp duty altogether.",
            "Figures released by the Australian Bureau of Statistics last Thursday showed home "
            "lending in New South Wales fell 2.1 per cent in May.",
        ),
        "gold": [
            ("PLACE", "NSW", "all", {}),
            ("SPEAKER", "The NSW Premier", 0, {"key": "premier", "resolved": "Keneally-Brandt"}),
            ("QUOTE", "first-home buyers will pay less stamp duty under changes to be announced "
             "in next month's budget", 0, {"quote_type": I, "said_by": "premier"}),
            ("DATE", "next month", 0, {"value": "2025-08"}),
            ("PLACE", "Sydney", 0, {}),
            ("DATE", "this morning", 0, {"value": "2025-07-08TMO"}),
            ("SPEAKER", "Mr [Keneally-Brandt] said", 0, {"key": "kb"}),
            ("QUOTE", "the threshold for the exemption would rise from $800,000", 0,
             {"quote_type": I, "said_by": "kb"}),
            ("QUOTE", "We've heard loud and clear that young people feel locked out,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Keneally-Brandt"}),
            ("QUOTE", "This is about giving them a fair go.", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "Tanya Whitcombe", 0, {"key": "whitcombe"}),
            ("QUOTE", "the announcement was a", 0, {"quote_type": I, "said_by": "whitcombe"}),
            ("QUOTE", "thought bubble", 0, {"quote_type": D, "said_by": "whitcombe"}),
            ("SPEAKER", "The Property Council", 0, {"key": "council"}),
            ("QUOTE", "go further and scrap stamp duty altogether", 0,
             {"quote_type": I, "said_by": "council"}),
            ("DATE", "last Thursday", 0, {"value": "2025-07-03"}),
            ("PLACE", "New South Wales", 0, {}),
            ("DATE", "May", 0, {"value": "2025-05"}),
        ],
    },
    # -- South African news ----------------------------------------------------------------------
    {
        "id": "blind-09-southafrica-power",
        "published": "2023-02-10",
        "text": _text(
            "Stage 6 load shedding to run until Monday, Kagiso Grid says",
            "Johannesburg – Power utility Kagiso Grid said on Friday that Stage 6 load shedding "
            "would continue until at least Monday after breakdowns at three coal-fired stations "
            "in Mpumalanga.",
            "The utility's chief operating officer, Thandeka Mokoena, told a briefing in Midrand "
            "that teams were working \"around the clock\" to return units to service.",
            "\"We are not going to sugar-coat it. The system is severely constrained,\" Mokoena "
            "said.",
            "Business Unity South Africa said the outages were costing the economy about R900 "
            "million a day. Economist Pieter van Wyk of Stellen Capital said the rand had "
            "weakened to R17.85 against the dollar and could slide further this month.",
            "President Ndlovu is expected to address the issue in his State of the Nation "
            "Address next Thursday.",
        ),
        "gold": [
            ("QUOTE", "Stage 6 load shedding to run until Monday", 0,
             {"quote_type": I, "said_by": "grid0"}),
            ("DATE", "Monday", "all", {"value": "2023-02-13"}),
            ("SPEAKER", "[Kagiso Grid] says", 0, {"key": "grid0"}),
            ("PLACE", "Johannesburg", 0, {}),
            ("SPEAKER", "utility [Kagiso Grid]", 0, {"key": "grid1"}),
            ("DATE", "Friday", 0, {"value": "2023-02-10"}),
            ("QUOTE", "Stage 6 load shedding would continue until at least Monday after breakdowns "
             "at three coal-fired stations in Mpumalanga", 0,
             {"quote_type": I, "said_by": "grid1"}),
            ("PLACE", "Mpumalanga", 0, {}),
            ("SPEAKER", "Thandeka Mokoena", 0, {"key": "mokoena0"}),
            ("PLACE", "Midrand", 0, {}),
            ("QUOTE", "teams were working \"around the clock\" to return units to service", 0,
             {"quote_type": I, "said_by": "mokoena0"}),
            ("QUOTE", "around the clock", 0, {"quote_type": D, "said_by": "mokoena0"}),
            ("QUOTE", "We are not going to sugar-coat it. The system is severely constrained,", 0,
             {"quote_type": D, "said_by": "mokoena1"}),
            ("SPEAKER", "[Mokoena] said", 0, {"key": "mokoena1"}),
            ("SPEAKER", "Business Unity South Africa", 0, {"key": "busa"}),
            ("QUOTE", "the outages were costing the economy about R900 million a day", 0,
             {"quote_type": I, "said_by": "busa"}),
            ("SPEAKER", "Pieter van Wyk", 0, {"key": "vanwyk"}),
            ("QUOTE", "the rand had weakened to R17.85 against the dollar and could slide further "
             "this month", 0, {"quote_type": I, "said_by": "vanwyk"}),
            ("DATE", "this month", 0, {"value": "2023-02"}),
            ("DATE", "next Thursday", 0, {"value": "2023-02-16"}),
        ],
    },
    # -- US local TV station web copy ------------------------------------------------------------
    {
        "id": "blind-10-localtv-crash",
        "published": "2024-12-05",
        "text": _text(
            "Driver arrested after wrong-way crash closes I-35 in south Austin",
            "AUSTIN (KXAN) — A 27-year-old man is in custody after a crash that shut down "
            "northbound Interstate 35 near William Cannon Drive for nearly four hours early "
            "Thursday, the Austin Police Department said.",
            "According to police, the driver was going the wrong way when his pickup struck an "
            "SUV head-on. Two people in the SUV were taken to a hospital with serious injuries, "
            "Austin-Travis County EMS said.",
            "\"It's a miracle nobody was killed,\" said Marisol Treviño, who lives nearby and "
            "heard the impact. \"I thought a transformer blew.\"",
            "Police identified the driver as Kevin Albright of Round Rock. He faces charges of "
            "intoxication assault, according to jail records.",
            "All lanes reopened by 5:30 a.m. KXAN has reached out to the Texas Department of "
            "Transportation for more information.",
        ),
        "gold": [
            ("PLACE", "south [Austin]", 0, {}),
            ("PLACE", "AUSTIN", 0, {}),
            ("QUOTE", "A 27-year-old man is in custody after a crash that shut down northbound "
             "Interstate 35 near William Cannon Drive for nearly four hours early Thursday", 0,
             {"quote_type": I, "said_by": "apd"}),
            ("DATE", "early Thursday", 0, {"value": "2024-12-05"}),
            ("SPEAKER", "the Austin Police Department", 0, {"key": "apd"}),
            ("SPEAKER", "According to [police]", 0, {"key": "police"}),
            ("QUOTE", "the driver was going the wrong way when his pickup struck an SUV head-on",
             0, {"quote_type": I, "said_by": "police"}),
            ("QUOTE", "Two people in the SUV were taken to a hospital with serious injuries", 0,
             {"quote_type": I, "said_by": "ems"}),
            ("SPEAKER", "Austin-Travis County EMS", 0, {"key": "ems"}),
            ("QUOTE", "It's a miracle nobody was killed,", 0,
             {"quote_type": D, "said_by": "trevino"}),
            ("SPEAKER", "Marisol Treviño", 0, {"key": "trevino"}),
            ("QUOTE", "I thought a transformer blew.", 0, {"quote_type": D, "said_by": "trevino"}),
            ("PLACE", "Round Rock", 0, {}),
            ("QUOTE", "He faces charges of intoxication assault", 0,
             {"quote_type": I, "said_by": "records"}),
            ("SPEAKER", "jail records", 0, {"key": "records"}),
        ],
    },
    # -- Press release -----------------------------------------------------------------------------
    {
        "id": "blind-11-press-release",
        "published": "2025-09-26",
        "text": _text(
            "Veridian Robotics Announces Expansion of Ohio Manufacturing Facility",
            "COLUMBUS, Ohio, Sept. 26, 2025 /PRNewswire/ -- Veridian Robotics, Inc. (NASDAQ: "
            "VRDN), a leading provider of autonomous warehouse systems, today announced a $120 "
            "million expansion of its manufacturing campus in Columbus, Ohio, which is expected "
            "to create 400 new jobs by the end of 2027.",
            "\"Ohio has been home to Veridian since our founding, and this investment reflects "
            "our confidence in the region's talent,\" said Dana Whitlock-Osei, Chief Executive "
            "Officer of Veridian Robotics. \"We look forward to welcoming new team members.\"",
            "Construction is scheduled to begin in the fourth quarter of 2025, the company said. "
            "The expansion follows a 2024 agreement with JobsOhio, the state's economic "
            "development organization.",
            "About Veridian Robotics",
            "Veridian Robotics designs and manufactures autonomous mobile robots for warehouses "
            "and distribution centers. For more information, visit www.veridianrobotics.com.",
        ),
        "gold": [
            ("PLACE", "Ohio", "all", {}),
            ("PLACE", "COLUMBUS", 0, {}),
            ("DATE", "Sept. 26, 2025", 0, {"value": "2025-09-26"}),
            ("DATE", "today", 0, {"value": "2025-09-26"}),
            ("PLACE", "in [Columbus]", 0, {}),
            ("DATE", "the end of 2027", 0, {"value": "2027"}),
            ("QUOTE", "Ohio has been home to Veridian since our founding, and this investment "
             "reflects our confidence in the region's talent,", 0,
             {"quote_type": D, "said_by": "dwo"}),
            ("SPEAKER", "Dana Whitlock-Osei", 0, {"key": "dwo"}),
            ("QUOTE", "We look forward to welcoming new team members.", 0,
             {"quote_type": D, "said_by": "dwo"}),
            ("QUOTE", "Construction is scheduled to begin in the fourth quarter of 2025", 0,
             {"quote_type": I, "said_by": "company"}),
            ("DATE", "the fourth quarter of 2025", 0, {"value": "2025-Q4"}),
            ("SPEAKER", "the company", 0, {"key": "company", "resolved": "Veridian Robotics"}),
            ("DATE", "2024", 0, {"value": "2024"}),
        ],
    },
    # -- Football match report, UK style -----------------------------------------------------------
    {
        "id": "blind-12-football-cup",
        "published": "2021-03-18",
        "text": _text(
            "Hartley double sends Leeds through as Vasquez sees red",
            "Leeds United reached the quarter-finals of the FA Cup after Sam Hartley scored twice "
            "in a 2-1 win over Brentford at Elland Road on Wednesday night.",
            "'It's the best night I've had in a Leeds shirt,' Hartley said. 'The lads were "
            "brilliant, and the crowd carried us.'",
            "Brentford were reduced to ten men when Mateo Vasquez was sent off for a second "
            "booking before half-time. Their manager, Keith Ormsby, said the decision was 'soft' "
            "but admitted his side had not done enough.",
            "'We gave them two goals,' he said. 'You can't do that here.'",
            "Leeds boss Andrea Conti praised Hartley, who had not scored since November. 'He's "
            "worked so hard for this,' she said. 'I'm delighted for him.'",
            "The draw for the last eight takes place on Sunday.",
        ),
        "gold": [
            ("DATE", "Wednesday night", 0, {"value": "2021-03-17TNI"}),
            ("QUOTE", "It's the best night I've had in a Leeds shirt,", 0,
             {"quote_type": D, "said_by": "hartley"}),
            ("SPEAKER", "[Hartley] said", 0, {"key": "hartley"}),
            ("QUOTE", "The lads were brilliant, and the crowd carried us.", 0,
             {"quote_type": D, "said_by": "hartley"}),
            ("SPEAKER", "Keith Ormsby", 0, {"key": "ormsby"}),
            ("QUOTE", "the decision was", 0, {"quote_type": I, "said_by": "ormsby"}),
            ("QUOTE", "soft", 0, {"quote_type": D, "said_by": "ormsby"}),
            ("QUOTE", "his side had not done enough", 0, {"quote_type": I, "said_by": "ormsby"}),
            ("QUOTE", "We gave them two goals,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said. 'You", 0, {"key": "he", "resolved": "Keith Ormsby"}),
            ("QUOTE", "You can't do that here.", 0, {"quote_type": D, "said_by": "he"}),
            ("DATE", "November", 0, {"value": "2020-11"}),
            ("QUOTE", "He's worked so hard for this,", 0, {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Andrea Conti"}),
            ("QUOTE", "I'm delighted for him.", 0, {"quote_type": D, "said_by": "she"}),
            ("DATE", "Sunday", 0, {"value": "2021-03-21"}),
        ],
    },
    # -- Cricket match report, Indian English ---------------------------------------------------
    {
        "id": "blind-13-cricket-ranji",
        "published": "2022-08-03",
        "text": _text(
            "Rao's century rescues Mumbai after top-order collapse",
            "A patient 112 from Aditya Rao rescued Mumbai on the opening day of their Ranji "
            "Trophy clash against Karnataka in Bengaluru on Wednesday.",
            "Mumbai were reeling at 38 for four before Rao and wicketkeeper Sameer Qureshi added "
            "151 for the fifth wicket.",
            "\"The ball was doing a lot early, so we just wanted to survive the first hour,\" Rao "
            "said after stumps. \"Once the shine went off, it became easier.\"",
            "Karnataka pacer Vidwath Kaverappa-Nair, who took three wickets, said the pitch would "
            "\"definitely help the spinners\" by the third day.",
            "Mumbai coach Omkar Salvi said he was proud of the lower order. \"Sameer showed a lot "
            "of character,\" he said.",
            "The match continues on Thursday.",
        ),
        "gold": [
            ("PLACE", "Bengaluru", 0, {}),
            ("DATE", "Wednesday", 0, {"value": "2022-08-03"}),
            ("QUOTE", "The ball was doing a lot early, so we just wanted to survive the first "
             "hour,", 0, {"quote_type": D, "said_by": "rao"}),
            ("SPEAKER", "[Rao] said", 0, {"key": "rao"}),
            ("QUOTE", "Once the shine went off, it became easier.", 0,
             {"quote_type": D, "said_by": "rao"}),
            ("SPEAKER", "Vidwath Kaverappa-Nair", 0, {"key": "kn"}),
            ("QUOTE", "the pitch would \"definitely help the spinners\" by the third day", 0,
             {"quote_type": I, "said_by": "kn"}),
            ("QUOTE", "definitely help the spinners", 0, {"quote_type": D, "said_by": "kn"}),
            ("SPEAKER", "Omkar Salvi", 0, {"key": "salvi"}),
            ("QUOTE", "he was proud of the lower order", 0, {"quote_type": I, "said_by": "salvi"}),
            ("QUOTE", "Sameer showed a lot of character,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Omkar Salvi"}),
            ("DATE", "Thursday", 0, {"value": "2022-08-04"}),
        ],
    },
    # -- Health research news citing a study ------------------------------------------------------
    {
        "id": "blind-14-science-walking",
        "published": "2023-05-31",
        "text": _text(
            "Brisk daily walking tied to lower dementia risk",
            "People who walked about 9,800 steps a day were 51 per cent less likely to develop "
            "dementia over seven years than those who walked the least, according to a study "
            "published in JAMA Neurology on Tuesday.",
            "The researchers followed more than 78,000 adults aged 40 to 79 in the UK Biobank "
            "database between 2013 and 2021.",
            "\"Even modest amounts of walking seemed to matter,\" said Dr. Leena Haverinen, an "
            "epidemiologist at the University of Helsinki and the study's lead author. She "
            "cautioned that the findings showed an association, not cause and effect.",
            "Prof. Martin Okwu, who was not involved in the research, said the results were "
            "\"encouraging but not surprising.\"",
            "The team plans to publish data on sleep and dementia later this year, Haverinen said.",
        ),
        "gold": [
            ("QUOTE", "People who walked about 9,800 steps a day were 51 per cent less likely to "
             "develop dementia over seven years than those who walked the least", 0,
             {"quote_type": I, "said_by": "study"}),
            ("SPEAKER", "a study", 0, {"key": "study"}),
            ("DATE", "Tuesday", 0, {"value": "2023-05-30"}),
            ("DATE", "2013", 0, {"value": "2013"}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("QUOTE", "Even modest amounts of walking seemed to matter,", 0,
             {"quote_type": D, "said_by": "haverinen0"}),
            ("SPEAKER", "Leena Haverinen", 0, {"key": "haverinen0"}),
            ("SPEAKER", "[She] cautioned", 0, {"key": "she", "resolved": "Leena Haverinen"}),
            ("QUOTE", "the findings showed an association, not cause and effect", 0,
             {"quote_type": I, "said_by": "she"}),
            ("SPEAKER", "Martin Okwu", 0, {"key": "okwu"}),
            ("QUOTE", "the results were", 0, {"quote_type": I, "said_by": "okwu"}),
            ("QUOTE", "encouraging but not surprising.", 0, {"quote_type": D, "said_by": "okwu"}),
            ("QUOTE", "The team plans to publish data on sleep and dementia later this year", 0,
             {"quote_type": I, "said_by": "haverinen1"}),
            ("DATE", "later this year", 0, {"value": "2023"}),
            ("SPEAKER", "[Haverinen] said", 0, {"key": "haverinen1"}),
        ],
    },
    # -- US health agency news -----------------------------------------------------------------
    {
        "id": "blind-15-health-flu",
        "published": "2025-10-15",
        "text": _text(
            "Flu vaccination rates fall for third straight season, CDC says",
            "Fewer American adults got a flu shot last season than in any year since 2015, the "
            "Centers for Disease Control and Prevention said Tuesday.",
            "About 44.9% of adults were vaccinated during the most recent season, down from "
            "47.1% the season before, the agency reported in its weekly bulletin.",
            "Health officials in Michigan and Arizona said hospitals there were already seeing "
            "an early rise in cases. \"We're about three weeks ahead of where we normally are,\" "
            "said Dr. Raúl Esquivel, medical director at a hospital system in Tucson.",
            "Esquivel urged people over 65 to get vaccinated before Thanksgiving. The CDC "
            "recommends an annual flu shot for everyone aged six months and older, with rare "
            "exceptions.",
        ),
        "gold": [
            ("QUOTE", "Flu vaccination rates fall for third straight season", 0,
             {"quote_type": I, "said_by": "cdc0"}),
            ("SPEAKER", "[CDC] says", 0, {"key": "cdc0"}),
            ("QUOTE", "Fewer American adults got a flu shot last season than in any year since "
             "2015", 0, {"quote_type": I, "said_by": "cdc1"}),
            ("DATE", "2015", 0, {"value": "2015"}),
            ("SPEAKER", "the Centers for Disease Control and Prevention", 0, {"key": "cdc1"}),
            ("DATE", "Tuesday", 0, {"value": "2025-10-14"}),
            ("QUOTE", "About 44.9% of adults were vaccinated during the most recent season, down "
             "from 47.1% the season before", 0, {"quote_type": I, "said_by": "agency"}),
            ("SPEAKER", "the agency", 0,
             {"key": "agency", "resolved": "Centers for Disease Control and Prevention"}),
            ("SPEAKER", "Health officials", 0, {"key": "officials"}),
            ("PLACE", "Michigan", 0, {}),
            ("PLACE", "Arizona", 0, {}),
            ("QUOTE", "hospitals there were already seeing an early rise in cases", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("QUOTE", "We're about three weeks ahead of where we normally are,", 0,
             {"quote_type": D, "said_by": "esquivel0"}),
            ("SPEAKER", "Raúl Esquivel", 0, {"key": "esquivel0"}),
            ("PLACE", "Tucson", 0, {}),
            ("SPEAKER", "[Esquivel] urged", 0, {"key": "esquivel1"}),
            ("QUOTE", "get vaccinated before Thanksgiving", 0,
             {"quote_type": I, "said_by": "esquivel1"}),
            ("DATE", "Thanksgiving", 0, {"value": "2025-11-27"}),
        ],
    },
    # -- US federal court report --------------------------------------------------------------
    {
        "id": "blind-16-court-us",
        "published": "2024-02-14",
        "text": _text(
            "Jury convicts former deputy treasurer of stealing $1.2 million",
            "A federal jury in Phoenix on Tuesday convicted Loretta Vance, a former deputy "
            "treasurer for Yavapai County, of stealing $1.2 million in public funds over six "
            "years.",
            "Prosecutors told jurors that Vance, 58, used the money to pay for vacations, a boat "
            "and her daughter's wedding. Her attorney, Gregory Stahl, argued during the eight-day "
            "trial that the county's own auditors had signed off on every transfer.",
            "\"The evidence was overwhelming, and the jury saw it,\" U.S. Attorney Felipe Arriaga "
            "said in a statement after the verdict.",
            "Stahl said his client would appeal. \"We respect the jury, but we think the judge "
            "made serious errors,\" he told reporters outside the courthouse.",
            "U.S. District Judge Mona Kessling set sentencing for May 20. Vance faces up to 20 "
            "years in prison on each count.",
        ),
        "gold": [
            ("PLACE", "Phoenix", 0, {}),
            ("DATE", "Tuesday", 0, {"value": "2024-02-13"}),
            ("PLACE", "Yavapai County", 0, {}),
            ("SPEAKER", "Prosecutors", 0, {"key": "prosecutors"}),
            ("QUOTE", "Vance, 58, used the money to pay for vacations, a boat and her daughter's "
             "wedding", 0, {"quote_type": I, "said_by": "prosecutors"}),
            ("SPEAKER", "Gregory Stahl", 0, {"key": "stahl0"}),
            ("QUOTE", "the county's own auditors had signed off on every transfer", 0,
             {"quote_type": I, "said_by": "stahl0"}),
            ("QUOTE", "The evidence was overwhelming, and the jury saw it,", 0,
             {"quote_type": D, "said_by": "arriaga"}),
            ("PLACE", "U.S.", "all", {}),
            ("SPEAKER", "Felipe Arriaga", 0, {"key": "arriaga"}),
            ("SPEAKER", "[Stahl] said", 0, {"key": "stahl1"}),
            ("QUOTE", "his client would appeal", 0, {"quote_type": I, "said_by": "stahl1"}),
            ("QUOTE", "We respect the jury, but we think the judge made serious errors,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] told", 0, {"key": "he", "resolved": "Stahl"}),
            ("DATE", "May 20", 0, {"value": "2024-05-20"}),
        ],
    },
    # -- UK court report, no publication date ----------------------------------------------------
    {
        "id": "blind-17-court-uk-nodate",
        "published": None,
        "text": _text(
            "Man jailed for 'reckless' dog attack on postman",
            "A man whose dog attacked a postman in Swindon has been jailed for 16 months.",
            "Darren Pollard, 44, of Penhill, admitted being the owner of a dog dangerously out of "
            "control causing injury at an earlier hearing in January.",
            "The court heard the animal bit Royal Mail worker Adrian Mills on the arm and leg on "
            "3 October last year as he delivered letters to a neighbouring house.",
            "Prosecutor Kate Ellery told the court Mr Pollard had been warned about the dog "
            "twice before.",
            "In a victim statement, Mr Mills said: 'I still can't walk past a garden gate "
            "without my heart racing.'",
            "Judge Robert Harcourt said Pollard had shown 'a complete disregard' for the safety "
            "of others. The dog will be destroyed.",
        ),
        "gold": [
            ("PLACE", "Swindon", 0, {}),
            ("PLACE", "Penhill", 0, {}),
            ("DATE", "January", 0, {"value": "XXXX-01"}),
            ("DATE", "3 October last year", 0, {"value": "XXXX-10-03"}),
            ("SPEAKER", "Kate Ellery", 0, {"key": "ellery"}),
            ("QUOTE", "Mr Pollard had been warned about the dog twice before", 0,
             {"quote_type": I, "said_by": "ellery"}),
            ("SPEAKER", "Mr [Mills] said", 0, {"key": "mills"}),
            ("QUOTE", "I still can't walk past a garden gate without my heart racing.", 0,
             {"quote_type": D, "said_by": "mills"}),
            ("SPEAKER", "Robert Harcourt", 0, {"key": "harcourt"}),
            ("QUOTE", "Pollard had shown 'a complete disregard' for the safety of others", 0,
             {"quote_type": I, "said_by": "harcourt"}),
            ("QUOTE", "a complete disregard", 0, {"quote_type": D, "said_by": "harcourt"}),
        ],
    },
    # -- Obituary, 1997 ------------------------------------------------------------------------
    {
        "id": "blind-18-obituary",
        "published": "1997-01-24",
        "text": _text(
            "Eleanor Fitzgibbon, 88, Who Mapped the Ocean Floor, Dies",
            "Eleanor Fitzgibbon, an oceanographer whose maps of the Atlantic seabed helped "
            "confirm the theory of continental drift, died on Tuesday at her home in Woods Hole, "
            "Mass. She was 88.",
            "The cause was heart failure, her son, Thomas, said.",
            "Born in Dublin in 1908, Dr. Fitzgibbon moved to the United States as a child and "
            "studied geology at Smith College, graduating in 1930. In the 1950s she joined a "
            "small team at Columbia University that was charting the mid-ocean ridges.",
            "Colleagues recalled her stubbornness. \"Eleanor never accepted that a map was "
            "finished,\" said Harold Lindgren, who worked with her for two decades. \"There was "
            "always one more survey to run.\"",
            "In addition to her son, she is survived by two granddaughters.",
        ),
        "gold": [
            ("PLACE", "Atlantic", 0, {}),
            ("DATE", "Tuesday", 0, {"value": "1997-01-21"}),
            ("PLACE", "Woods Hole", 0, {}),
            ("PLACE", "Mass.", 0, {}),
            ("QUOTE", "The cause was heart failure", 0, {"quote_type": I, "said_by": "thomas"}),
            ("SPEAKER", "Thomas", 0, {"key": "thomas"}),
            ("PLACE", "Dublin", 0, {}),
            ("DATE", "1908", 0, {"value": "1908"}),
            ("PLACE", "United States", 0, {}),
            ("DATE", "1930", 0, {"value": "1930"}),
            ("DATE", "the 1950s", 0, {"value": "195"}),
            ("QUOTE", "Eleanor never accepted that a map was finished,", 0,
             {"quote_type": D, "said_by": "lindgren"}),
            ("SPEAKER", "Harold Lindgren", 0, {"key": "lindgren"}),
            ("QUOTE", "There was always one more survey to run.", 0,
             {"quote_type": D, "said_by": "lindgren"}),
        ],
    },
    # -- Live blog, short timestamped paragraphs, an emoji ------------------------------------
    {
        "id": "blind-19-liveblog-election",
        "published": "2022-11-08",
        "text": _text(
            "Midterm elections 2022: live updates",
            "9:14 p.m. ET",
            "Polls have closed across Georgia. Officials in Fulton County said turnout was "
            "running ahead of 2018, with long lines at several precincts in Atlanta earlier "
            "today.",
            "9:31 p.m. ET",
            "\"We're feeling good, but it's early,\" a spokesperson for the Democratic campaign "
            "told reporters at a hotel in Midtown.",
            "9:48 p.m. ET",
            "Georgia's secretary of state, Colin Maddox, said results from mail ballots would be "
            "posted before midnight. He urged voters still in line to stay there.",
            "10:05 p.m. ET",
            "Pennsylvania's Senate race remains too close to call. Both campaigns said they "
            "expected the count to stretch into Wednesday.",
            "10:20 p.m. ET",
            "🗳️ Quick reminder: if you are in line when polls close, you can still vote.",
        ),
        "gold": [
            ("DATE", "2022", 0, {"value": "2022"}),
            ("PLACE", "Georgia", "all", {}),
            ("SPEAKER", "Officials", 0, {"key": "officials"}),
            ("PLACE", "Fulton County", 0, {}),
            ("QUOTE", "turnout was running ahead of 2018, with long lines at several precincts in "
             "Atlanta earlier today", 0, {"quote_type": I, "said_by": "officials"}),
            ("DATE", "2018", 0, {"value": "2018"}),
            ("PLACE", "Atlanta", 0, {}),
            ("DATE", "earlier today", 0, {"value": "2022-11-08"}),
            ("QUOTE", "We're feeling good, but it's early,", 0,
             {"quote_type": D, "said_by": "spokesperson"}),
            ("SPEAKER", "a spokesperson", 0, {"key": "spokesperson"}),
            ("PLACE", "Midtown", 0, {}),
            ("SPEAKER", "Colin Maddox", 0, {"key": "maddox"}),
            ("QUOTE", "results from mail ballots would be posted before midnight", 0,
             {"quote_type": I, "said_by": "maddox"}),
            ("SPEAKER", "[He] urged", 0, {"key": "he", "resolved": "Colin Maddox"}),
            ("QUOTE", "stay there", 0, {"quote_type": I, "said_by": "he"}),
            ("PLACE", "Pennsylvania", 0, {}),
            ("SPEAKER", "Both campaigns", 0, {"key": "campaigns"}),
            ("QUOTE", "they expected the count to stretch into Wednesday", 0,
             {"quote_type": I, "said_by": "campaigns"}),
            ("DATE", "Wednesday", 0, {"value": "2022-11-09"}),
        ],
    },
    # -- TimeBank-like 1991 earnings story, many relative dates --------------------------------
    {
        "id": "blind-20-timebank-earnings",
        "published": "1991-04-19",
        "text": _text(
            "Harrow Industries Inc. said its first-quarter profit fell 18% from the year-earlier "
            "period, as weak auto sales cut demand for its brake parts.",
            "Net income for the three months ended March 31 was $23.4 million, or 61 cents a "
            "share, down from $28.5 million, or 74 cents, in the 1990 first quarter. Sales in "
            "the quarter fell 6% to $412 million at the Cleveland-based maker.",
            "Harrow said it expects results to improve in the second half. Last month, the "
            "company closed a plant in Toledo, Ohio, and it will cut 350 more jobs by the end of "
            "next year, a spokeswoman said.",
            "Yesterday, Harrow's board declared a regular quarterly dividend of 15 cents a share, "
            "payable next month. The shares closed at $18.375, up 25 cents, in Big Board trading "
            "Thursday.",
            "Analysts said the stock had already fallen 30% since January, pricing in most of "
            "the bad news. \"The worst is behind them,\" said Linda Ostrowski of Mercer & Co.",
        ),
        "gold": [
            ("SPEAKER", "Harrow Industries Inc.", 0, {"key": "harrow0"}),
            ("QUOTE", "its first-quarter profit fell 18% from the year-earlier period", 0,
             {"quote_type": I, "said_by": "harrow0"}),
            ("DATE", "first-quarter", 0, {"value": "1991-Q1"}),
            ("DATE", "the year-earlier period", 0, {"value": "1990-Q1"}),
            ("DATE", "March 31", 0, {"value": "1991-03-31"}),
            ("DATE", "the 1990 first quarter", 0, {"value": "1990-Q1"}),
            ("DATE", "the quarter", 0, {"value": "1991-Q1"}),
            ("PLACE", "Cleveland", 0, {}),
            ("SPEAKER", "[Harrow] said it", 0, {"key": "harrow1"}),
            ("QUOTE", "it expects results to improve in the second half", 0,
             {"quote_type": I, "said_by": "harrow1"}),
            ("DATE", "the second half", 0, {"value": "1991-H2"}),
            ("QUOTE", "Last month, the company closed a plant in Toledo, Ohio, and it will cut 350 "
             "more jobs by the end of next year", 0, {"quote_type": I, "said_by": "spokeswoman"}),
            ("DATE", "Last month", 0, {"value": "1991-03"}),
            ("PLACE", "Toledo", 0, {}),
            ("PLACE", "Ohio", 0, {}),
            ("DATE", "the end of next year", 0, {"value": "1992"}),
            ("SPEAKER", "a spokeswoman", 0, {"key": "spokeswoman"}),
            ("DATE", "Yesterday", 0, {"value": "1991-04-18"}),
            ("DATE", "next month", 0, {"value": "1991-05"}),
            ("DATE", "Thursday", 0, {"value": "1991-04-18"}),
            ("SPEAKER", "Analysts", 0, {"key": "analysts"}),
            ("QUOTE", "the stock had already fallen 30% since January, pricing in most of the bad "
             "news", 0, {"quote_type": I, "said_by": "analysts"}),
            ("DATE", "January", 0, {"value": "1991-01"}),
            ("QUOTE", "The worst is behind them,", 0, {"quote_type": D, "said_by": "ostrowski"}),
            ("SPEAKER", "Linda Ostrowski", 0, {"key": "ostrowski"}),
        ],
    },
    # -- TimeBank-like merger story, no publication date ----------------------------------------
    {
        "id": "blind-21-timebank-merger-nodate",
        "published": None,
        "text": _text(
            "Calder Foods Corp. agreed to buy Prairie Mills Co. for $640 million in cash, ending "
            "a bidding contest that began in the fall.",
            "Calder, based in Minneapolis, said the acquisition would add to earnings in fiscal "
            "1998. Prairie Mills holders will receive $31 a share, a 22% premium over Tuesday's "
            "closing price.",
            "Prairie Mills' chairman, Walter Hensley, said the board had concluded that Calder's "
            "offer was superior to a rival bid from Osgood Brands. \"We ran a fair process,\" he "
            "said.",
            "Osgood, which had offered $28 a share last week, said it would not raise its bid. "
            "The deal is expected to close in the second quarter, pending approval by "
            "shareholders and antitrust regulators.",
        ),
        "gold": [
            ("DATE", "the fall", 0, {"value": "XXXX-FA"}),
            ("SPEAKER", "Calder", 1, {"key": "calder"}),
            ("PLACE", "Minneapolis", 0, {}),
            ("QUOTE", "the acquisition would add to earnings in fiscal 1998", 0,
             {"quote_type": I, "said_by": "calder"}),
            ("DATE", "fiscal 1998", 0, {"value": "FY1998"}),
            ("DATE", "Tuesday", 0, {"value": None}),
            ("SPEAKER", "Walter Hensley", 0, {"key": "hensley"}),
            ("QUOTE", "the board had concluded that Calder's offer was superior to a rival bid "
             "from Osgood Brands", 0, {"quote_type": I, "said_by": "hensley"}),
            ("QUOTE", "We ran a fair process,", 0, {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Walter Hensley"}),
            ("SPEAKER", "[Osgood], which", 0, {"key": "osgood"}),
            ("DATE", "last week", 0, {"value": None}),
            ("QUOTE", "it would not raise its bid", 0, {"quote_type": I, "said_by": "osgood"}),
            ("DATE", "the second quarter", 0, {"value": "XXXX-Q2"}),
        ],
    },
    # -- Entertainment news with emoji and Hangul/kanji names ------------------------------------
    {
        "id": "blind-22-emoji-kpop",
        "published": "2024-02-14",
        "text": _text(
            "K-pop fans flood Seoul streets for surprise concert 🎤🔥",
            "Thousands of fans packed the streets around Gangnam Station on Saturday night after "
            "singer 김하늘 (Kim Ha-neul) announced a free pop-up show on social media just three "
            "hours before it began.",
            "\"I took a taxi straight from work 😭 totally worth it,\" said 22-year-old fan Park "
            "Ji-woo, who travelled from Incheon.",
            "Police said about 12,000 people attended and that no injuries were reported. A "
            "spokesperson for the singer's agency, Starbloom Entertainment, said Kim wanted to "
            "thank fans \"before the world tour begins next month.\"",
            "Meanwhile in Tokyo, fans of rival group ✨NOVA✨ trended a hashtag in support. "
            "田中さくら (Tanaka Sakura), a fan club organiser, told NHK that members had been "
            "\"a little jealous\" of Seoul.",
        ),
        "gold": [
            ("PLACE", "Seoul", "all", {}),
            ("DATE", "Saturday night", 0, {"value": "2024-02-10TNI"}),
            ("QUOTE", "I took a taxi straight from work 😭 totally worth it,", 0,
             {"quote_type": D, "said_by": "park"}),
            ("SPEAKER", "Park Ji-woo", 0, {"key": "park"}),
            ("PLACE", "Incheon", 0, {}),
            ("SPEAKER", "Police", 0, {"key": "police"}),
            ("QUOTE", "about 12,000 people attended", 0, {"quote_type": I, "said_by": "police"}),
            ("QUOTE", "no injuries were reported", 0, {"quote_type": I, "said_by": "police"}),
            ("SPEAKER", "A spokesperson", 0, {"key": "spokesperson"}),
            ("QUOTE", "Kim wanted to thank fans", 0, {"quote_type": I, "said_by": "spokesperson"}),
            ("QUOTE", "before the world tour begins next month.", 0,
             {"quote_type": D, "said_by": "spokesperson"}),
            ("DATE", "next month", 0, {"value": "2024-03"}),
            ("PLACE", "Tokyo", 0, {}),
            ("SPEAKER", "田中さくら", 0, {"key": "tanaka"}),
            ("QUOTE", "members had been \"a little jealous\" of Seoul", 0,
             {"quote_type": I, "said_by": "tanaka"}),
            ("QUOTE", "a little jealous", 0, {"quote_type": D, "said_by": "tanaka"}),
        ],
    },
    # -- Reuters Gulf business, Chinese and Arabic names -----------------------------------------
    {
        "id": "blind-23-reuters-gulf-names",
        "published": "2025-10-15",
        "text": _text(
            "DUBAI, Oct 15 (Reuters) - Saudi Arabia's sovereign wealth fund is in talks to buy a "
            "stake in a Chinese battery maker, two sources told Reuters on Wednesday.",
            "The fund has held discussions with 宁远新能源 (Ningyuan New Energy) about an "
            "investment of up to $2 billion, one of the sources said. Talks began in August and "
            "could conclude before the end of the year, the person added.",
            "Ningyuan's chairman, 周建华 (Zhou Jianhua), said at an industry forum in Shenzhen "
            "last week that the company was \"open to strategic partners from the Middle East.\"",
            "محمد العتيبي (Mohammed Al-Otaibi), an analyst at Gulf Horizon Research in Riyadh, "
            "said the deal would fit the kingdom's push into electric vehicles. The fund "
            "declined to comment.",
        ),
        "gold": [
            ("PLACE", "DUBAI", 0, {}),
            ("DATE", "Oct 15", 0, {"value": "2025-10-15"}),
            ("QUOTE", "Saudi Arabia's sovereign wealth fund is in talks to buy a stake in a "
             "Chinese battery maker", 0, {"quote_type": I, "said_by": "sources"}),
            ("PLACE", "Saudi Arabia", 0, {}),
            ("SPEAKER", "two sources", 0, {"key": "sources"}),
            ("DATE", "Wednesday", 0, {"value": "2025-10-15"}),
            ("QUOTE", "The fund has held discussions with 宁远新能源 (Ningyuan New Energy) "
             "about an investment of up to $2 billion", 0, {"quote_type": I, "said_by": "one"}),
            ("SPEAKER", "one of the sources", 0, {"key": "one"}),
            ("QUOTE", "Talks began in August and could conclude before the end of the year", 0,
             {"quote_type": I, "said_by": "person"}),
            ("DATE", "August", 0, {"value": "2025-08"}),
            ("DATE", "the end of the year", 0, {"value": "2025"}),
            ("SPEAKER", "the person", 0, {"key": "person"}),
            ("SPEAKER", "周建华", 0, {"key": "zhou"}),
            ("PLACE", "Shenzhen", 0, {}),
            ("DATE", "last week", 0, {"value": "2025-W41"}),
            ("QUOTE", "the company was", 0, {"quote_type": I, "said_by": "zhou"}),
            ("QUOTE", "open to strategic partners from the Middle East.", 0,
             {"quote_type": D, "said_by": "zhou"}),
            ("PLACE", "Middle East", 0, {}),
            ("SPEAKER", "محمد العتيبي", 0, {"key": "otaibi"}),
            ("PLACE", "Riyadh", 0, {}),
            ("QUOTE", "the deal would fit the kingdom's push into electric vehicles", 0,
             {"quote_type": I, "said_by": "otaibi"}),
        ],
    },
    # -- Nothing must match: product review ------------------------------------------------------
    {
        "id": "blind-24-nothing-review",
        "published": "2025-06-12",
        "text": _text(
            "The kettle that finally ended our office arguments",
            "It holds 1.7 litres, boils a full load in a little under four minutes and switches "
            "itself off without the violent click that made its predecessor so unpopular. The "
            "brushed-steel body stays cool enough to touch, and the water window glows soft blue "
            "while it works.",
            "There are quibbles. The lid hinge feels flimsy, and the base takes up more counter "
            "space than it should. The so-called \"keep warm\" mode holds water at temperature "
            "for half an hour, which is useful but noisy.",
            "At its current price it is not cheap, but after six weeks of daily use it has earned "
            "its place. If you drink a lot of tea, it is worth a look; if you only boil water now "
            "and then, a cheaper model will do the same job.",
        ),
        "gold": [],
    },
    # -- Nothing must match: analysis with traps --------------------------------------------------
    {
        "id": "blind-25-nothing-analysis",
        "published": "2024-10-30",
        "text": _text(
            "Committee members expressed optimism about the merger after a three-hour session, "
            "and they agreed that the proposal deserved a second look. The so-called \"efficiency "
            "plan\" would fold the New York Philharmonic's education arm into a joint venture "
            "with the Los Angeles Times Foundation, though the details remain vague.",
            "Nobody is in a hurry. The review could take 18 months, and a final vote is not "
            "expected any time soon. For now, the French and German partners are watching from "
            "a distance, and the Brazilian sponsor has said little in public beyond a brief "
            "statement of support.",
            "Some have taken to calling it the \"super-merger\", a label that has stuck. Either "
            "way, the aforesaid plan will need more money than anyone has yet put on the table, "
            "and the meeting that ended at 4 p.m. settled none of that.",
        ),
        "gold": [],
    },
    # -- Nothing must match: gardening how-to, no publication date --------------------------------
    {
        "id": "blind-26-nothing-gardening",
        "published": None,
        "text": _text(
            "Pruning roses without fear",
            "Most roses respond well to a hard cut. Remove dead wood first, then anything thinner "
            "than a pencil, and finally any stems that cross through the middle of the plant. "
            "Aim for an open, cup-shaped frame of five or six healthy canes.",
            "Make each cut about a quarter of an inch above an outward-facing bud, sloping away "
            "from it so rain runs off. Clean secateurs between plants; a wipe with surgical "
            "spirit takes seconds and can stop disease from spreading.",
            "Climbers are different. Tie in the long, flexible shoots horizontally, which "
            "encourages flowers along their length, and shorten only the side shoots. Ramblers "
            "flower on old wood, so leave them alone until they have finished blooming.",
            "Feed with a balanced fertiliser once new growth appears, mulch generously, and water "
            "during dry spells. The plants will do the rest.",
        ),
        "gold": [],
    },
    # -- BBC Wales planning story, single quotes ---------------------------------------------------
    {
        "id": "blind-27-bbc-wales-planning",
        "published": "2023-05-31",
        "text": _text(
            "Cardiff: Plans for 2,000 homes on green belt land rejected",
            "Plans to build 2,000 homes on green belt land on the edge of Cardiff have been "
            "rejected by councillors.",
            "Developer Tŷ Newydd Homes had said the scheme would ease the city's housing "
            "shortage.",
            "But residents in Lisvane and Pontprennau said the roads could not cope. 'We already "
            "sit in traffic for forty minutes to get to school,' said mother-of-three Bethan Rhys.",
            "The planning committee voted against the proposals on Tuesday by eight votes to four.",
            "Speaking after the meeting, councillor Gareth Pugh said it was 'the right decision "
            "for the wrong reasons'. He said the council still needed to find space for 24,000 "
            "homes by 2036.",
            "The developer said it was 'disappointed' and would consider an appeal to the Welsh "
            "Government.",
        ),
        "gold": [
            ("PLACE", "Cardiff", "all", {}),
            ("SPEAKER", "Tŷ Newydd Homes", 0, {"key": "developer0"}),
            ("QUOTE", "the scheme would ease the city's housing shortage", 0,
             {"quote_type": I, "said_by": "developer0"}),
            ("SPEAKER", "residents", 0, {"key": "residents"}),
            ("PLACE", "Lisvane", 0, {}),
            ("PLACE", "Pontprennau", 0, {}),
            ("QUOTE", "the roads could not cope", 0, {"quote_type": I, "said_by": "residents"}),
            ("QUOTE", "We already sit in traffic for forty minutes to get to school,", 0,
             {"quote_type": D, "said_by": "rhys"}),
            ("SPEAKER", "Bethan Rhys", 0, {"key": "rhys"}),
            ("DATE", "Tuesday", 0, {"value": "2023-05-30"}),
            ("SPEAKER", "Gareth Pugh", 0, {"key": "pugh"}),
            ("QUOTE", "[it was] 'the", 0, {"quote_type": I, "said_by": "pugh"}),
            ("QUOTE", "the right decision for the wrong reasons", 0,
             {"quote_type": D, "said_by": "pugh"}),
            ("SPEAKER", "[He] said the council", 0, {"key": "he", "resolved": "Gareth Pugh"}),
            ("QUOTE", "the council still needed to find space for 24,000 homes by 2036", 0,
             {"quote_type": I, "said_by": "he"}),
            ("DATE", "2036", 0, {"value": "2036"}),
            ("SPEAKER", "The developer", 0, {"key": "developer1", "resolved": "Tŷ Newydd Homes"}),
            ("QUOTE", "it was 'disappointed' and would consider an appeal to the Welsh Government",
             0, {"quote_type": I, "said_by": "developer1"}),
            ("QUOTE", "disappointed", 0, {"quote_type": D, "said_by": "developer1"}),
        ],
    },
    # -- AFL report, Australian English, present-tense "says", team names ---------------------
    {
        "id": "blind-28-afl-injury",
        "published": "2024-09-19",
        "text": _text(
            "Swans coach says injured skipper 'no chance' for prelim",
            "Sydney coach Dean Callister says captain Lachie Brennan will miss Saturday's "
            "preliminary final against Brisbane at the SCG after scans confirmed a hamstring "
            "strain.",
            "\"He's shattered, we're shattered, but that's footy,\" Callister told reporters at "
            "the club's Moore Park headquarters on Thursday morning.",
            "Brennan, 29, injured the hamstring in the second quarter of last Friday's qualifying "
            "final win over Port Adelaide.",
            "Callister says the Swans will name their team tonight and hinted that young forward "
            "Riley Tuipulotu could make his finals debut.",
            "Brisbane coach Gemma Hollis said her side had \"nothing to lose\" and would travel "
            "to Sydney on Friday.",
            "The winner plays in the grand final at the MCG on September 28.",
        ),
        "gold": [
            ("SPEAKER", "Swans coach", 0, {"key": "coach", "resolved": "Dean Callister"}),
            ("QUOTE", "injured skipper 'no chance' for prelim", 0,
             {"quote_type": I, "said_by": "coach"}),
            ("QUOTE", "no chance", 0, {"quote_type": D, "said_by": "coach"}),
            ("SPEAKER", "Dean Callister", 0, {"key": "callister0"}),
            ("QUOTE", "captain Lachie Brennan will miss Saturday's preliminary final against "
             "Brisbane at the SCG after scans confirmed a hamstring strain", 0,
             {"quote_type": I, "said_by": "callister0"}),
            ("DATE", "Saturday", 0, {"value": "2024-09-21"}),
            ("QUOTE", "He's shattered, we're shattered, but that's footy,", 0,
             {"quote_type": D, "said_by": "callister1"}),
            ("SPEAKER", "[Callister] told", 0, {"key": "callister1"}),
            ("PLACE", "Moore Park", 0, {}),
            ("DATE", "Thursday morning", 0, {"value": "2024-09-19TMO"}),
            ("DATE", "last Friday", 0, {"value": "2024-09-13"}),
            ("SPEAKER", "[Callister] says the Swans", 0, {"key": "callister2"}),
            ("QUOTE", "the Swans will name their team tonight", 0,
             {"quote_type": I, "said_by": "callister2"}),
            ("DATE", "tonight", 0, {"value": "2024-09-19TNI"}),
            ("QUOTE", "young forward Riley Tuipulotu could make his finals debut", 0,
             {"quote_type": I, "said_by": "callister2"}),
            ("SPEAKER", "Gemma Hollis", 0, {"key": "hollis"}),
            ("QUOTE", "her side had \"nothing to lose\" and would travel to Sydney on Friday", 0,
             {"quote_type": I, "said_by": "hollis"}),
            ("QUOTE", "nothing to lose", 0, {"quote_type": D, "said_by": "hollis"}),
            ("PLACE", "to [Sydney] on", 0, {}),
            ("DATE", "on [Friday].", 0, {"value": "2024-09-20"}),
            ("DATE", "September 28", 0, {"value": "2024-09-28"}),
        ],
    },
    # -- Climate science news citing a journal ------------------------------------------------
    {
        "id": "blind-29-science-krill",
        "published": "2024-06-27",
        "text": _text(
            "Antarctic krill shifting south as oceans warm, researchers say",
            "Krill populations in the Southern Ocean have moved about 440 kilometres closer to "
            "Antarctica over the past four decades, according to research published on Monday in "
            "the journal Nature Climate Change.",
            "The study, led by scientists at the British Antarctic Survey, analysed net samples "
            "collected between 1976 and 2016.",
            "\"Krill are the foundation of the whole food web down there,\" said lead author "
            "Dr Simone Achterberg. \"If they move, penguins and whales have to move too, or go "
            "hungry.\"",
            "Co-author Prof. Nnamdi Eze noted that fishing fleets had followed the krill south, "
            "adding pressure near the Antarctic Peninsula.",
            "The authors called for catch limits to be reviewed at a meeting of the Commission "
            "for the Conservation of Antarctic Marine Living Resources in October.",
        ),
        "gold": [
            ("QUOTE", "Antarctic krill shifting south as oceans warm", 0,
             {"quote_type": I, "said_by": "researchers"}),
            ("SPEAKER", "researchers", 0, {"key": "researchers"}),
            ("QUOTE", "Krill populations in the Southern Ocean have moved about 440 kilometres "
             "closer to Antarctica over the past four decades", 0,
             {"quote_type": I, "said_by": "research"}),
            ("PLACE", "Southern Ocean", 0, {}),
            ("PLACE", "Antarctica", 0, {}),
            ("SPEAKER", "to [research] published", 0, {"key": "research"}),
            ("DATE", "Monday", 0, {"value": "2024-06-24"}),
            ("DATE", "1976", 0, {"value": "1976"}),
            ("DATE", "2016", 0, {"value": "2016"}),
            ("QUOTE", "Krill are the foundation of the whole food web down there,", 0,
             {"quote_type": D, "said_by": "achterberg"}),
            ("SPEAKER", "Simone Achterberg", 0, {"key": "achterberg"}),
            ("QUOTE", "If they move, penguins and whales have to move too, or go hungry.", 0,
             {"quote_type": D, "said_by": "achterberg"}),
            ("SPEAKER", "Nnamdi Eze", 0, {"key": "eze"}),
            ("QUOTE", "fishing fleets had followed the krill south, adding pressure near the "
             "Antarctic Peninsula", 0, {"quote_type": I, "said_by": "eze"}),
            ("PLACE", "Antarctic Peninsula", 0, {}),
            ("DATE", "October", 0, {"value": "2024-10"}),
        ],
    },
    # -- NYT-style feature, US local politics, pronouns --------------------------------------
    {
        "id": "blind-30-feature-flood",
        "published": "2021-03-18",
        "text": _text(
            "A Mayor, a Flood and the Promise That Came Too Late",
            "NORFOLK, Va. — When the water reached the steps of the Ebenezer Baptist Church in "
            "September, the Rev. Curtis Hale called the mayor's office. Nobody answered, he said.",
            "Mayor Jeanine Abernathy remembers it differently. She said her staff had fielded "
            "more than 3,000 calls during the storm and returned every one. \"We were "
            "overwhelmed, and I won't pretend we weren't,\" she said in an interview at City "
            "Hall last week.",
            "The city's drainage plan, first proposed in 2015, has been delayed three times. "
            "Mr. Hale says residents of the Berkley neighborhood have heard enough promises. "
            "\"They keep telling us it's coming,\" he said. \"It never comes.\"",
            "Ms. Abernathy, who faces re-election in November, insisted that construction would "
            "start this summer.",
        ),
        "gold": [
            ("PLACE", "NORFOLK", 0, {}),
            ("PLACE", "Va.", 0, {}),
            ("DATE", "September", 0, {"value": "2020-09"}),
            ("QUOTE", "Nobody answered", 0, {"quote_type": I, "said_by": "he0"}),
            ("SPEAKER", "answered, [he] said", 0, {"key": "he0", "resolved": "Curtis Hale"}),
            ("SPEAKER", "[She] said her", 0, {"key": "she0", "resolved": "Jeanine Abernathy"}),
            ("QUOTE", "her staff had fielded more than 3,000 calls during the storm and returned "
             "every one", 0, {"quote_type": I, "said_by": "she0"}),
            ("QUOTE", "We were overwhelmed, and I won't pretend we weren't,", 0,
             {"quote_type": D, "said_by": "she1"}),
            ("SPEAKER", "[she] said in", 0, {"key": "she1", "resolved": "Jeanine Abernathy"}),
            ("DATE", "last week", 0, {"value": "2021-W10"}),
            ("DATE", "2015", 0, {"value": "2015"}),
            ("SPEAKER", "Mr. [Hale] says", 0, {"key": "hale"}),
            ("QUOTE", "residents of the Berkley neighborhood have heard enough promises", 0,
             {"quote_type": I, "said_by": "hale"}),
            ("PLACE", "Berkley", 0, {}),
            ("QUOTE", "They keep telling us it's coming,", 0, {"quote_type": D, "said_by": "he1"}),
            ("SPEAKER", "[he] said. \"It", 0, {"key": "he1", "resolved": "Hale"}),
            ("QUOTE", "It never comes.", 0, {"quote_type": D, "said_by": "he1"}),
            ("SPEAKER", "Ms. [Abernathy], who", 0, {"key": "abernathy"}),
            ("DATE", "November", 0, {"value": "2021-11"}),
            ("QUOTE", "construction would start this summer", 0,
             {"quote_type": I, "said_by": "abernathy"}),
            ("DATE", "this summer", 0, {"value": "2021-SU"}),
        ],
    },
]
