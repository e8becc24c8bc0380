"""The texts and hand annotations of the third BLIND test set (built by ``build_blind3.py``).

News passages written for this set (none copied from a real article; people, companies and
events are invented, places are real), in the mix of real held-out news: local news with
datelines, small towns and counties (US, Canada, UK, Ireland, Australia, New Zealand),
sports reports with sides named after places, international news (India, Nigeria,
Indonesia, Ukraine, Colombia), business and science news with organisations named after
places, and politics, courts and weather built around relative dates. Every passage has a
publication date, so every DATE value is resolved against it.

This set is a held-out measure: nobody may tune a rule on it or hold the heuristics to
thresholds on it. It was annotated by the labeling spec by someone who never looked at the
heuristics, their tests or their output. Annotations follow ``build_gold.py``: ``(label,
surface, occurrence, extra)``, with ``[...]`` marking the span inside a longer context and
``"all"`` for a name wherever it occurs in the content (``skip`` lists prefixes that rule a
match out, such as an organisation's name that contains the place).
"""

from __future__ import annotations

from typing import Any

D, I = "direct", "indirect"  # noqa: E741 - short names keep the tables readable


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


# Each passage: id, published (meta.published), text, annotations.
PASSAGES: list[dict[str, Any]] = [
    # == Local news ======================================================================
    # -- AP dateline with a state abbreviation, county officials, parts of days ----------
    {
        "id": "blind3-01-local-casper-fire",
        "published": "2025-03-12",
        "text": _text(
            "Casper crews contain grass fire on edge of Natrona County subdivision",
            "CASPER, Wyo. (AP) — A wind-driven grass fire burned about 600 acres south of Casper "
            "on Tuesday night and forced the evacuation of roughly 80 homes, Natrona County "
            "officials said.",
            "Fire Chief Wendell Ostrowski said crews from Mills and Evansville had helped contain "
            "the blaze by early Wednesday. “The wind was the whole story,” Ostrowski told "
            "reporters. “Gusts hit 60 miles an hour, and the grass is bone dry.”",
            "Forecasters at the National Weather Service office in Riverton warned that red-flag "
            "conditions would return to central Wyoming on Friday. Residents along Casper "
            "Mountain Road were allowed home Wednesday afternoon.",
            "Natrona County Commissioner Lorna Feeney said the county would ask the state for "
            "help with the cost. A fire in the same area in October 2022 burned nearly 1,000 "
            "acres and destroyed two barns.",
        ),
        "gold": [
            ("PLACE", "Casper", "all", {"skip": ("Casper Mountain Road",)}),
            ("PLACE", "CASPER", 0, {}),
            ("PLACE", "Wyo.", 0, {}),
            ("PLACE", "Natrona County", "all", {}),
            ("QUOTE", "A wind-driven grass fire burned about 600 acres south of Casper on Tuesday "
             "night and forced the evacuation of roughly 80 homes", 0,
             {"quote_type": I, "said_by": "officials"}),
            ("DATE", "Tuesday night", 0, {"value": "2025-03-11TNI"}),
            ("SPEAKER", "Natrona County officials", 0, {"key": "officials"}),
            ("SPEAKER", "Wendell Ostrowski", 0, {"key": "ostrowski0"}),
            ("QUOTE", "crews from Mills and Evansville had helped contain the blaze by early "
             "Wednesday", 0, {"quote_type": I, "said_by": "ostrowski0"}),
            ("PLACE", "Mills", 0, {}),
            ("PLACE", "Evansville", 0, {}),
            ("DATE", "early Wednesday", 0, {"value": "2025-03-12"}),
            ("QUOTE", "The wind was the whole story,", 0,
             {"quote_type": D, "said_by": "ostrowski1"}),
            ("SPEAKER", "[Ostrowski] told", 0, {"key": "ostrowski1"}),
            ("QUOTE", "Gusts hit 60 miles an hour, and the grass is bone dry.", 0,
             {"quote_type": D, "said_by": "ostrowski1"}),
            ("SPEAKER", "Forecasters at the National Weather Service office in Riverton", 0,
             {"key": "nws"}),
            ("PLACE", "Riverton", 0, {}),
            ("QUOTE", "red-flag conditions would return to central Wyoming on Friday", 0,
             {"quote_type": I, "said_by": "nws"}),
            ("PLACE", "Wyoming", 0, {}),
            ("DATE", "on [Friday]", 0, {"value": "2025-03-14"}),
            ("DATE", "Wednesday afternoon", 0, {"value": "2025-03-12TAF"}),
            ("SPEAKER", "Lorna Feeney", 0, {"key": "feeney"}),
            ("QUOTE", "the county would ask the state for help with the cost", 0,
             {"quote_type": I, "said_by": "feeney"}),
            ("DATE", "October 2022", 0, {"value": "2022-10"}),
        ],
    },
    # -- Australian dateline, a council named after its city (not PLACE), a holiday -----
    {
        "id": "blind3-02-local-geelong-bridge",
        "published": "2025-05-20",
        "text": _text(
            "Geelong footbridge washed away in floods to be rebuilt",
            "GEELONG, Australia — The City of Greater Geelong will rebuild a footbridge over the "
            "Barwon River that was washed away in floods last October, after councillors voted "
            "seven to four for the A$6 million project on Monday night.",
            "Mayor Trent Sullivan said the new crossing near Belmont would open before "
            "Christmas. “People in Highton and Belmont have been walking an extra two kilometres "
            "to get to work,” he said. “That ends this year.”",
            "Victoria’s Department of Transport said it would contribute A$2.4 million. Work is "
            "due to start in August, and the Torquay-bound bike trail will reopen in stages, a "
            "council spokeswoman said.",
            "Some residents had asked for a cheaper timber bridge. Councillor Ruth Okafor, who "
            "voted against the plan, said the money should have gone to drainage in Corio and "
            "Norlane first.",
        ),
        "gold": [
            ("PLACE", "Geelong", 0, {}),
            ("PLACE", "GEELONG", 0, {}),
            ("PLACE", "Australia", 0, {}),
            ("PLACE", "Barwon River", 0, {}),
            ("DATE", "last October", 0, {"value": "2024-10"}),
            ("DATE", "Monday night", 0, {"value": "2025-05-19TNI"}),
            ("SPEAKER", "Trent Sullivan", 0, {"key": "sullivan"}),
            ("QUOTE", "the new crossing near Belmont would open before Christmas", 0,
             {"quote_type": I, "said_by": "sullivan"}),
            ("PLACE", "Belmont", "all", {}),
            ("DATE", "Christmas", 0, {"value": "2025-12-25"}),
            ("QUOTE", "People in Highton and Belmont have been walking an extra two kilometres "
             "to get to work,", 0, {"quote_type": D, "said_by": "he"}),
            ("PLACE", "Highton", 0, {}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Trent Sullivan"}),
            ("QUOTE", "That ends this year.", 0, {"quote_type": D, "said_by": "he"}),
            ("DATE", "this year", 0, {"value": "2025"}),
            ("PLACE", "Victoria", 0, {}),
            ("SPEAKER", "Victoria’s Department of Transport", 0, {"key": "dot"}),
            ("QUOTE", "it would contribute A$2.4 million", 0, {"quote_type": I, "said_by": "dot"}),
            ("QUOTE", "Work is due to start in August, and the Torquay-bound bike trail will "
             "reopen in stages", 0, {"quote_type": I, "said_by": "spokeswoman"}),
            ("DATE", "August", 0, {"value": "2025-08"}),
            ("PLACE", "Torquay", 0, {}),
            ("SPEAKER", "a council spokeswoman", 0, {"key": "spokeswoman"}),
            ("SPEAKER", "Ruth Okafor", 0, {"key": "okafor"}),
            ("QUOTE", "the money should have gone to drainage in Corio and Norlane first", 0,
             {"quote_type": I, "said_by": "okafor"}),
            ("PLACE", "Corio", 0, {}),
            ("PLACE", "Norlane", 0, {}),
        ],
    },
    # -- Canadian dateline, regional district and provincial service (places in names) ---
    {
        "id": "blind3-03-local-kamloops-wildfire",
        "published": "2025-06-04",
        "text": _text(
            "Evacuation order lifted for Barriere as wildfire cools",
            "KAMLOOPS, B.C. — Hundreds of residents of Barriere and Louis Creek were allowed home "
            "Tuesday after the Thompson-Nicola Regional District lifted an evacuation order that "
            "had been in place since last Thursday.",
            "The BC Wildfire Service said the fire north of Kamloops was 40 per cent contained "
            "and that cooler weather expected this weekend should help crews on the ground.",
            "Fire information officer Priya Lalli told reporters that crews from Kelowna and "
            "Vernon had been sent north along Highway 5 to relieve firefighters who had worked "
            "for 12 days straight. “We’re not out of the woods yet,” Lalli said.",
            "Residents of Barriere were last forced from their homes in the summer of 2003, when "
            "a wildfire destroyed more than 70 houses along the North Thompson River.",
        ),
        "gold": [
            ("PLACE", "Barriere", "all", {}),
            ("PLACE", "KAMLOOPS", 0, {}),
            ("PLACE", "B.C.", 0, {}),
            ("PLACE", "Louis Creek", 0, {}),
            ("DATE", "home [Tuesday]", 0, {"value": "2025-06-03"}),
            ("DATE", "last Thursday", 0, {"value": "2025-05-29"}),
            ("SPEAKER", "The BC Wildfire Service", 0, {"key": "bcws"}),
            ("QUOTE", "the fire north of Kamloops was 40 per cent contained", 0,
             {"quote_type": I, "said_by": "bcws"}),
            ("PLACE", "Kamloops", 0, {}),
            ("QUOTE", "cooler weather expected this weekend should help crews on the ground", 0,
             {"quote_type": I, "said_by": "bcws"}),
            ("DATE", "this weekend", 0, {"value": "2025-W23-WE"}),
            ("SPEAKER", "Priya Lalli", 0, {"key": "lalli0"}),
            ("QUOTE", "crews from Kelowna and Vernon had been sent north along Highway 5 to "
             "relieve firefighters who had worked for 12 days straight", 0,
             {"quote_type": I, "said_by": "lalli0"}),
            ("PLACE", "Kelowna", 0, {}),
            ("PLACE", "Vernon", 0, {}),
            ("QUOTE", "We’re not out of the woods yet,", 0, {"quote_type": D, "said_by": "lalli1"}),
            ("SPEAKER", "[Lalli] said", 0, {"key": "lalli1"}),
            ("DATE", "the summer of 2003", 0, {"value": "2003-SU"}),
            ("PLACE", "North Thompson River", 0, {}),
        ],
    },
    # -- UK coastal town, villages and a council named after a county (not PLACE) --------
    {
        "id": "blind3-04-local-whitby-rescue",
        "published": "2025-09-09",
        "text": _text(
            "Whitby lifeboat rescues two walkers cut off by tide",
            "Two walkers were rescued from the foot of cliffs near Robin Hood’s Bay on Sunday "
            "evening after being cut off by a rising tide, the RNLI said.",
            "Volunteers from the Whitby station launched within minutes and found the pair, a "
            "couple in their sixties from Leeds, sheltering on a ledge about a mile south of "
            "the village.",
            "Coxswain Mark Pennock said conditions had been calm but that the tide on that "
            "stretch of the North Yorkshire coast came in “faster than people expect”. A "
            "similar rescue at Sandsend in July ended with a walker taken to hospital in "
            "Scarborough.",
            "North Yorkshire Council said last month that it would put new warning signs at "
            "Saltwick Bay and Boggle Hole before next summer.",
        ),
        "gold": [
            ("PLACE", "Whitby", "all", {}),
            ("QUOTE", "Two walkers were rescued from the foot of cliffs near Robin Hood’s Bay on "
             "Sunday evening after being cut off by a rising tide", 0,
             {"quote_type": I, "said_by": "rnli"}),
            ("PLACE", "Robin Hood’s Bay", 0, {}),
            ("DATE", "Sunday evening", 0, {"value": "2025-09-07TEV"}),
            ("SPEAKER", "the RNLI", 0, {"key": "rnli"}),
            ("PLACE", "Leeds", 0, {}),
            ("SPEAKER", "Mark Pennock", 0, {"key": "pennock"}),
            ("QUOTE", "conditions had been calm", 0, {"quote_type": I, "said_by": "pennock"}),
            ("QUOTE", "the tide on that stretch of the North Yorkshire coast came in “faster than "
             "people expect”", 0, {"quote_type": I, "said_by": "pennock"}),
            ("QUOTE", "faster than people expect", 0, {"quote_type": D, "said_by": "pennock"}),
            ("PLACE", "North Yorkshire", 0, {}),
            ("PLACE", "Sandsend", 0, {}),
            ("DATE", "July", 0, {"value": "2025-07"}),
            ("PLACE", "Scarborough", 0, {}),
            ("SPEAKER", "North Yorkshire Council", 0, {"key": "council"}),
            ("DATE", "last month", 0, {"value": "2025-08"}),
            ("QUOTE", "it would put new warning signs at Saltwick Bay and Boggle Hole before next "
             "summer", 0, {"quote_type": I, "said_by": "council"}),
            ("PLACE", "Saltwick Bay", 0, {}),
            ("PLACE", "Boggle Hole", 0, {}),
            ("DATE", "next summer", 0, {"value": "2026-SU"}),
        ],
    },
    # -- Irish county town, a hospital named after it (not PLACE), a movable holiday -----
    {
        "id": "blind3-05-local-ennis-hospital",
        "published": "2025-04-16",
        "text": _text(
            "Clare campaigners vow to keep up pressure over hospital",
            "About 400 people marched through Ennis on Saturday to demand that round-the-clock "
            "emergency care be restored at Ennis Hospital, which closed its overnight unit in "
            "2009.",
            "Organiser Siobhán Mac Mahon told the crowd that patients from west Clare faced "
            "journeys of more than an hour to Limerick. “Kilkee to Limerick on a bad night is "
            "not a short drive,” she said.",
            "The HSE said on Tuesday that it would publish a review of urgent care in the "
            "Mid-West next month. Independent TD Violet Keane said she would raise the issue in "
            "the Dáil before Easter.",
            "The march, the largest in the town since the 1990s, passed off peacefully, "
            "according to gardaí, who put the crowd at about 350.",
        ),
        "gold": [
            ("PLACE", "Clare", "all", {}),
            ("PLACE", "Ennis", "all", {"skip": ("Ennis Hospital",)}),
            ("DATE", "on [Saturday]", 0, {"value": "2025-04-12"}),
            ("DATE", "2009", 0, {"value": "2009"}),
            ("SPEAKER", "Siobhán Mac Mahon", 0, {"key": "macmahon"}),
            ("QUOTE", "patients from west Clare faced journeys of more than an hour to Limerick",
             0, {"quote_type": I, "said_by": "macmahon"}),
            ("PLACE", "Limerick", "all", {}),
            ("QUOTE", "Kilkee to Limerick on a bad night is not a short drive,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("PLACE", "Kilkee", 0, {}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Siobhán Mac Mahon"}),
            ("SPEAKER", "The HSE", 0, {"key": "hse"}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-04-15"}),
            ("QUOTE", "it would publish a review of urgent care in the Mid-West next month", 0,
             {"quote_type": I, "said_by": "hse"}),
            ("PLACE", "Mid-West", 0, {}),
            ("DATE", "next month", 0, {"value": "2025-05"}),
            ("SPEAKER", "Violet Keane", 0, {"key": "keane"}),
            ("QUOTE", "she would raise the issue in the Dáil before Easter", 0,
             {"quote_type": I, "said_by": "keane"}),
            ("DATE", "Easter", 0, {"value": "2025-04-20"}),
            ("DATE", "the 1990s", 0, {"value": "199"}),
            ("QUOTE", "The march, the largest in the town since the 1990s, passed off peacefully",
             0, {"quote_type": I, "said_by": "gardai"}),
            ("SPEAKER", "according to [gardaí]", 0, {"key": "gardai"}),
        ],
    },
    # -- NZ dateline, a district and a sea, a description speaker ------------------------
    {
        "id": "blind3-06-local-nelson-hail",
        "published": "2025-10-23",
        "text": _text(
            "Tasman growers count cost of hailstorm",
            "NELSON, New Zealand — Apple and hop growers around Motueka and Riwaka say a "
            "hailstorm on Monday afternoon stripped fruit from thousands of trees months before "
            "harvest.",
            "“It took about ten minutes,” said Hamish Arundel, who runs a 30-hectare orchard near "
            "Richmond. “Ten minutes and a year’s work.” Growers had expected to start picking in "
            "late February.",
            "MetService meteorologist Aisling Tate said the storm had formed over the Tasman Sea "
            "and moved inland faster than forecast. She said more unsettled weather was likely "
            "this weekend, but nothing as severe.",
            "Tasman District Council has opened a relief fund, and the Ministry for Primary "
            "Industries said on Wednesday it was assessing damage across the region. Insurers "
            "expect claims to run into the millions.",
        ),
        "gold": [
            ("PLACE", "Tasman", 0, {}),
            ("PLACE", "NELSON", 0, {}),
            ("PLACE", "New Zealand", 0, {}),
            ("SPEAKER", "Apple and hop growers around Motueka and Riwaka", 0, {"key": "growers"}),
            ("PLACE", "Motueka", 0, {}),
            ("PLACE", "Riwaka", 0, {}),
            ("QUOTE", "a hailstorm on Monday afternoon stripped fruit from thousands of trees "
             "months before harvest", 0, {"quote_type": I, "said_by": "growers"}),
            ("DATE", "Monday afternoon", 0, {"value": "2025-10-20TAF"}),
            ("QUOTE", "It took about ten minutes,", 0, {"quote_type": D, "said_by": "arundel"}),
            ("SPEAKER", "Hamish Arundel", 0, {"key": "arundel"}),
            ("PLACE", "Richmond", 0, {}),
            ("QUOTE", "Ten minutes and a year’s work.", 0, {"quote_type": D, "said_by": "arundel"}),
            ("DATE", "late February", 0, {"value": "2026-02"}),
            ("SPEAKER", "Aisling Tate", 0, {"key": "tate"}),
            ("QUOTE", "the storm had formed over the Tasman Sea and moved inland faster than "
             "forecast", 0, {"quote_type": I, "said_by": "tate"}),
            ("PLACE", "Tasman Sea", 0, {}),
            ("SPEAKER", "[She] said", 0, {"key": "she", "resolved": "Aisling Tate"}),
            ("QUOTE", "more unsettled weather was likely this weekend, but nothing as severe", 0,
             {"quote_type": I, "said_by": "she"}),
            ("DATE", "this weekend", 0, {"value": "2025-W43-WE"}),
            ("SPEAKER", "the Ministry for Primary Industries", 0, {"key": "mpi"}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-10-22"}),
            ("QUOTE", "it was assessing damage across the region", 0,
             {"quote_type": I, "said_by": "mpi"}),
        ],
    },
    # == Sports ==========================================================================
    # -- Scottish football: clubs named after cities, a real city as venue and travel ----
    {
        "id": "blind3-07-sport-aberdeen-celtic",
        "published": "2025-10-05",
        "text": _text(
            "Aberdeen end Celtic hoodoo with late winner in Glasgow",
            "Aberdeen ended a run of 11 straight league defeats in Glasgow with a 2-1 win over "
            "Celtic at Celtic Park on Saturday.",
            "Ante Kovačić headed the visitors in front before half-time and, after Celtic "
            "levelled, substitute Rhys McAllister struck from 20 yards in the 84th minute.",
            "“We came here believing,” Aberdeen manager Lukas Brandt said. “The lads from Norway "
            "and Denmark in that dressing room don’t know about the history, and maybe that "
            "helped.”",
            "Celtic boss Niall Corrigan said his side had been “sloppy and slow” and that he "
            "would not hide behind the injury list. Aberdeen host Hearts next Sunday before the "
            "international break, while Celtic travel to Dundee on Wednesday.",
        ),
        "gold": [
            ("PLACE", "Glasgow", "all", {}),
            ("DATE", "Saturday", 0, {"value": "2025-10-04"}),
            ("QUOTE", "We came here believing,", 0, {"quote_type": D, "said_by": "brandt"}),
            ("SPEAKER", "Lukas Brandt", 0, {"key": "brandt"}),
            ("QUOTE", "The lads from Norway and Denmark in that dressing room don’t know about "
             "the history, and maybe that helped.", 0, {"quote_type": D, "said_by": "brandt"}),
            ("PLACE", "Norway", 0, {}),
            ("PLACE", "Denmark", 0, {}),
            ("SPEAKER", "Niall Corrigan", 0, {"key": "corrigan"}),
            ("QUOTE", "his side had been “sloppy and slow”", 0,
             {"quote_type": I, "said_by": "corrigan"}),
            ("QUOTE", "sloppy and slow", 0, {"quote_type": D, "said_by": "corrigan"}),
            ("QUOTE", "he would not hide behind the injury list", 0,
             {"quote_type": I, "said_by": "corrigan"}),
            ("DATE", "next Sunday", 0, {"value": "2025-10-12"}),
            ("PLACE", "Dundee", 0, {}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-10-08"}),
        ],
    },
    # -- Test cricket: national sides (not PLACE) against the host city and dateline -----
    {
        "id": "blind3-08-sport-perth-test",
        "published": "2025-11-24",
        "text": _text(
            "India collapse as Australia take first Test in Perth",
            "PERTH, Australia — Australia beat India by 164 runs in the first Test on Monday, "
            "wrapping up victory before lunch on the fourth day as the tourists lost their last "
            "seven wickets for 38.",
            "Fast bowler Corey Whitlam took five for 41. “The Perth pitch does what it does,” "
            "Whitlam said. “If you hit the deck hard, you get rewarded.”",
            "India captain Arjun Mehra said his batters had been “too passive” and that the team "
            "would train in Canberra before the second Test in Adelaide, which starts on "
            "December 4.",
            "Australia last lost a Test in Perth in 2018. Mehra, who scored a century in "
            "Brisbane last year, made 9 and 12.",
        ),
        "gold": [
            ("PLACE", "Perth", "all", {}),
            ("PLACE", "PERTH", 0, {}),
            ("PLACE", "PERTH, [Australia]", 0, {}),
            ("DATE", "Monday", 0, {"value": "2025-11-24"}),
            ("QUOTE", "The Perth pitch does what it does,", 0,
             {"quote_type": D, "said_by": "whitlam"}),
            ("SPEAKER", "[Whitlam] said", 0, {"key": "whitlam"}),
            ("QUOTE", "If you hit the deck hard, you get rewarded.", 0,
             {"quote_type": D, "said_by": "whitlam"}),
            ("SPEAKER", "Arjun Mehra", 0, {"key": "mehra"}),
            ("QUOTE", "his batters had been “too passive”", 0,
             {"quote_type": I, "said_by": "mehra"}),
            ("QUOTE", "too passive", 0, {"quote_type": D, "said_by": "mehra"}),
            ("QUOTE", "the team would train in Canberra before the second Test in Adelaide, "
             "which starts on December 4", 0, {"quote_type": I, "said_by": "mehra"}),
            ("PLACE", "Canberra", 0, {}),
            ("PLACE", "Adelaide", 0, {}),
            ("DATE", "December 4", 0, {"value": "2025-12-04"}),
            ("DATE", "2018", 0, {"value": "2018"}),
            ("PLACE", "Brisbane", 0, {}),
            ("DATE", "last year", 0, {"value": "2024"}),
        ],
    },
    # -- NHL: team names containing cities, a dateline, travel to a state -----------------
    {
        "id": "blind3-09-sport-jets-flames",
        "published": "2025-03-16",
        "text": _text(
            "Jets edge Flames in overtime as Calgary slide reaches five",
            "WINNIPEG — Mathis Leclerc scored 2:14 into overtime as the Winnipeg Jets beat the "
            "Calgary Flames 3-2 on Saturday night in front of a sellout crowd.",
            "Calgary has now lost five straight. “We’re finding ways to lose,” Flames coach Dana "
            "Whitford said. “That’s on me as much as anybody.”",
            "Leclerc, who grew up in Trois-Rivières, Quebec, said the building had been the "
            "loudest he had heard since he arrived in Manitoba. Goaltender Pavel Hruska stopped "
            "31 shots. Winnipeg’s power play went one for four, and the Flames were outshot in "
            "all three periods.",
            "The Jets head to Minnesota on Tuesday and then face Edmonton at home next weekend. "
            "Calgary visits Seattle on Monday night.",
        ),
        "gold": [
            ("PLACE", "WINNIPEG", 0, {}),
            ("DATE", "Saturday night", 0, {"value": "2025-03-15TNI"}),
            ("QUOTE", "We’re finding ways to lose,", 0, {"quote_type": D, "said_by": "whitford"}),
            ("SPEAKER", "Dana Whitford", 0, {"key": "whitford"}),
            ("QUOTE", "That’s on me as much as anybody.", 0,
             {"quote_type": D, "said_by": "whitford"}),
            ("SPEAKER", "[Leclerc], who grew", 0, {"key": "leclerc"}),
            ("PLACE", "Trois-Rivières", 0, {}),
            ("PLACE", "Quebec", 0, {}),
            ("QUOTE", "the building had been the loudest he had heard since he arrived in "
             "Manitoba", 0, {"quote_type": I, "said_by": "leclerc"}),
            ("PLACE", "Manitoba", 0, {}),
            ("PLACE", "Minnesota", 0, {}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-03-18"}),
            ("DATE", "next weekend", 0, {"value": "2025-W12-WE"}),
            ("PLACE", "Seattle", 0, {}),
            ("DATE", "Monday night", 0, {"value": "2025-03-17TNI"}),
        ],
    },
    # == International ===================================================================
    # -- India: a state, districts, a river island, a state body named after the state ---
    {
        "id": "blind3-10-intl-assam-floods",
        "published": "2025-06-26",
        "text": _text(
            "Brahmaputra floods cut off villages in Assam’s Dhemaji district",
            "GUWAHATI, India — Floodwaters from the Brahmaputra and its tributaries have cut off "
            "more than 200 villages in Assam’s Dhemaji and Lakhimpur districts, the Assam State "
            "Disaster Management Authority said on Wednesday.",
            "On Majuli, the river island east of Jorhat, ferry services were suspended for a "
            "second day. District official Bhaskar Saikia said 14 relief camps had been opened. "
            "“Many families are refusing to leave their cattle,” he told reporters in Jorhat.",
            "The India Meteorological Department forecast heavy rain over upper Assam until "
            "Saturday and warned that the river could rise further at Dibrugarh.",
            "Last year’s floods, which peaked in early July, displaced nearly 2.4 million people "
            "across the state. Rail services to the area remain suspended.",
        ),
        "gold": [
            ("PLACE", "Brahmaputra", "all", {}),
            ("PLACE", "Assam", "all", {"skip": ("Assam State",)}),
            ("PLACE", "Dhemaji", "all", {}),
            ("PLACE", "GUWAHATI", 0, {}),
            ("PLACE", "India", 0, {}),
            ("QUOTE", "Floodwaters from the Brahmaputra and its tributaries have cut off more than "
             "200 villages in Assam’s Dhemaji and Lakhimpur districts", 0,
             {"quote_type": I, "said_by": "asdma"}),
            ("PLACE", "Lakhimpur", 0, {}),
            ("SPEAKER", "the Assam State Disaster Management Authority", 0, {"key": "asdma"}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-06-25"}),
            ("PLACE", "Majuli", 0, {}),
            ("PLACE", "Jorhat", "all", {}),
            ("SPEAKER", "Bhaskar Saikia", 0, {"key": "saikia"}),
            ("QUOTE", "14 relief camps had been opened", 0, {"quote_type": I, "said_by": "saikia"}),
            ("QUOTE", "Many families are refusing to leave their cattle,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] told", 0, {"key": "he", "resolved": "Bhaskar Saikia"}),
            ("SPEAKER", "The India Meteorological Department", 0, {"key": "imd"}),
            ("DATE", "Saturday", 0, {"value": "2025-06-28"}),
            ("QUOTE", "the river could rise further at Dibrugarh", 0,
             {"quote_type": I, "said_by": "imd"}),
            ("PLACE", "Dibrugarh", 0, {}),
            ("DATE", "Last year", 0, {"value": "2024"}),
            ("DATE", "early July", 0, {"value": "2024-07"}),
        ],
    },
    # -- Nigeria: a state as title modifier, a lake shared by four countries -------------
    {
        "id": "blind3-11-intl-borno-farmers",
        "published": "2025-09-18",
        "text": _text(
            "Borno farmers return to fields as army reopens road",
            "MAIDUGURI, Nigeria — Hundreds of farmers have returned to land near Monguno and Baga "
            "in Borno State this month, local officials said, after soldiers reopened a road "
            "from Maiduguri that had been closed since 2021.",
            "“We planted maize and beans in August, and so far no one has troubled us,” said "
            "Fatima Bukar, a widow who fled Baga in 2015.",
            "Borno Governor Ibrahim Kachalla told farmers in Monguno last Friday that the state "
            "would supply fertiliser before the next planting season.",
            "The UN Food and Agriculture Organization warned in a report published in Abuja on "
            "Tuesday that one in three farming households around Lake Chad still could not "
            "reach their land.",
        ),
        "gold": [
            ("PLACE", "Borno", "all", {}),
            ("PLACE", "MAIDUGURI", 0, {}),
            ("PLACE", "Nigeria", 0, {}),
            ("QUOTE", "Hundreds of farmers have returned to land near Monguno and Baga in Borno "
             "State this month", 0, {"quote_type": I, "said_by": "officials"}),
            ("PLACE", "Monguno", "all", {}),
            ("PLACE", "Baga", "all", {}),
            ("DATE", "this month", 0, {"value": "2025-09"}),
            ("SPEAKER", "local officials", 0, {"key": "officials"}),
            ("PLACE", "Maiduguri", 0, {}),
            ("DATE", "2021", 0, {"value": "2021"}),
            ("QUOTE", "We planted maize and beans in August, and so far no one has troubled us,",
             0, {"quote_type": D, "said_by": "bukar"}),
            ("DATE", "August", 0, {"value": "2025-08"}),
            ("SPEAKER", "Fatima Bukar", 0, {"key": "bukar"}),
            ("DATE", "2015", 0, {"value": "2015"}),
            ("SPEAKER", "Ibrahim Kachalla", 0, {"key": "kachalla"}),
            ("DATE", "last Friday", 0, {"value": "2025-09-12"}),
            ("QUOTE", "the state would supply fertiliser before the next planting season", 0,
             {"quote_type": I, "said_by": "kachalla"}),
            ("SPEAKER", "The UN Food and Agriculture Organization", 0, {"key": "fao"}),
            ("PLACE", "Abuja", 0, {}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-09-16"}),
            ("QUOTE", "one in three farming households around Lake Chad still could not reach "
             "their land", 0, {"quote_type": I, "said_by": "fao"}),
            ("PLACE", "Lake Chad", 0, {}),
        ],
    },
    # -- Indonesia: a province, city neighbourhoods, a "-based" place, a description -----
    {
        "id": "blind3-12-intl-palu-shelters",
        "published": "2025-05-08",
        "text": _text(
            "Sulawesi quake survivors still waiting for homes, group says",
            "PALU, Indonesia — Nearly seven years after the 2018 earthquake and tsunami, more "
            "than 1,800 families in Central Sulawesi are still living in temporary shelters, an "
            "Indonesian rights group said on Wednesday.",
            "Sulteng Recovery Watch, which is based in Palu, said in its report that families in "
            "Petobo and Balaroa had been promised permanent houses by the end of 2022.",
            "A spokesman for the provincial government, Rudi Tangkilisan, said 600 houses would "
            "be handed over in July and the rest next year. “Land has been the problem, not "
            "money,” he said.",
            "The disaster killed more than 4,000 people across Palu, Sigi and Donggala in "
            "September 2018, when liquefaction swallowed whole neighbourhoods.",
        ),
        "gold": [
            ("PLACE", "Sulawesi", 0, {}),
            ("PLACE", "PALU", 0, {}),
            ("PLACE", "Indonesia", 0, {}),
            ("DATE", "2018", 0, {"value": "2018"}),
            ("QUOTE", "Nearly seven years after the 2018 earthquake and tsunami, more than 1,800 "
             "families in Central Sulawesi are still living in temporary shelters", 0,
             {"quote_type": I, "said_by": "group"}),
            ("PLACE", "Central Sulawesi", 0, {}),
            ("SPEAKER", "an Indonesian rights group", 0,
             {"key": "group", "resolved": "Sulteng Recovery Watch"}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-05-07"}),
            ("SPEAKER", "Sulteng Recovery Watch", 0, {"key": "srw"}),
            ("PLACE", "Palu", "all", {}),
            ("QUOTE", "families in Petobo and Balaroa had been promised permanent houses by the "
             "end of 2022", 0, {"quote_type": I, "said_by": "srw"}),
            ("PLACE", "Petobo", 0, {}),
            ("PLACE", "Balaroa", 0, {}),
            ("DATE", "2022", 0, {"value": "2022"}),
            ("SPEAKER", "Rudi Tangkilisan", 0, {"key": "rudi"}),
            ("QUOTE", "600 houses would be handed over in July and the rest next year", 0,
             {"quote_type": I, "said_by": "rudi"}),
            ("DATE", "July", 0, {"value": "2025-07"}),
            ("DATE", "next year", 0, {"value": "2026"}),
            ("QUOTE", "Land has been the problem, not money,", 0,
             {"quote_type": D, "said_by": "he"}),
            ("SPEAKER", "[he] said", 0, {"key": "he", "resolved": "Rudi Tangkilisan"}),
            ("PLACE", "Sigi", 0, {}),
            ("PLACE", "Donggala", 0, {}),
            ("DATE", "September 2018", 0, {"value": "2018-09"}),
        ],
    },
    # -- Ukraine: capitals standing for governments, a regional spelling, a river --------
    {
        "id": "blind3-13-intl-zaporizhzhia-power",
        "published": "2025-04-10",
        "text": _text(
            "Drone strike cuts power in Zaporizhzhia as Kyiv presses for air defence",
            "KYIV, Ukraine — A drone strike on an energy facility in Zaporizhzhia overnight left "
            "about 70,000 homes without power, regional governor Oleh Marchenko said on "
            "Thursday.",
            "Repair crews had restored electricity to parts of the city by Thursday morning, the "
            "grid operator said. It warned that outages could continue in the region and in "
            "neighbouring Dnipropetrovsk until the weekend.",
            "Foreign Ministry spokesman Taras Hnatiuk said Ukraine needed at least ten more "
            "Patriot systems and accused Moscow of “terrorising civilians” ahead of talks with "
            "European partners in Paris next week.",
            "Zaporizhzhia, on the Dnipro River about 50 kilometres from the front line, has been "
            "hit more than 20 times since January.",
        ),
        "gold": [
            ("PLACE", "Zaporizhzhia", "all", {}),
            ("PLACE", "Kyiv", 0, {}),
            ("PLACE", "KYIV", 0, {}),
            ("PLACE", "KYIV, [Ukraine]", 0, {}),
            ("QUOTE", "A drone strike on an energy facility in Zaporizhzhia overnight left about "
             "70,000 homes without power", 0, {"quote_type": I, "said_by": "marchenko"}),
            ("SPEAKER", "Oleh Marchenko", 0, {"key": "marchenko"}),
            ("DATE", "on [Thursday]", 0, {"value": "2025-04-10"}),
            ("QUOTE", "Repair crews had restored electricity to parts of the city by Thursday "
             "morning", 0, {"quote_type": I, "said_by": "operator"}),
            ("DATE", "Thursday morning", 0, {"value": "2025-04-10TMO"}),
            ("SPEAKER", "the grid operator", 0, {"key": "operator"}),
            ("SPEAKER", "[It] warned", 0, {"key": "it", "resolved": "the grid operator"}),
            ("QUOTE", "outages could continue in the region and in neighbouring Dnipropetrovsk "
             "until the weekend", 0, {"quote_type": I, "said_by": "it"}),
            ("PLACE", "Dnipropetrovsk", 0, {}),
            ("DATE", "the weekend", 0, {"value": "2025-W15-WE"}),
            ("SPEAKER", "Taras Hnatiuk", 0, {"key": "hnatiuk"}),
            ("QUOTE", "Ukraine needed at least ten more Patriot systems", 0,
             {"quote_type": I, "said_by": "hnatiuk"}),
            ("PLACE", "[Ukraine] needed", 0, {}),
            ("PLACE", "Moscow", 0, {}),
            ("QUOTE", "terrorising civilians", 0, {"quote_type": D, "said_by": "hnatiuk"}),
            ("PLACE", "Paris", 0, {}),
            ("DATE", "next week", 0, {"value": "2025-W16"}),
            ("PLACE", "Dnipro River", 0, {}),
            ("DATE", "January", 0, {"value": "2025-01"}),
        ],
    },
    # -- Colombia: a department, its capital, a road named after no place, a river --------
    {
        "id": "blind3-14-intl-cauca-landslide",
        "published": "2025-09-24",
        "text": _text(
            "Landslide blocks Pan-American Highway in Cauca",
            "POPAYÁN, Colombia — A landslide buried a stretch of the Pan-American Highway south of "
            "Popayán early Tuesday, cutting the main road link between Cali and the border with "
            "Ecuador, Colombia’s national roads agency said.",
            "Agency director Camila Rentería said machinery from Pasto and Popayán had reached "
            "the site near the town of El Bordo and that one lane could reopen by Friday.",
            "“We have trucks of fruit stuck on both sides, and it is rotting,” said Jhon Fredy "
            "Mosquera, a driver who had been waiting since Monday night.",
            "Weeks of heavy rain have swollen the Patía River. The governor of Cauca, Óscar "
            "Llano, said the department would ask Bogotá for emergency funds next month.",
        ),
        "gold": [
            ("PLACE", "Cauca", "all", {}),
            ("PLACE", "POPAYÁN", 0, {}),
            ("PLACE", "Colombia", "all", {}),
            ("QUOTE", "A landslide buried a stretch of the Pan-American Highway south of Popayán "
             "early Tuesday, cutting the main road link between Cali and the border with Ecuador",
             0, {"quote_type": I, "said_by": "invias"}),
            ("PLACE", "Popayán", "all", {}),
            ("DATE", "early Tuesday", 0, {"value": "2025-09-23"}),
            ("PLACE", "Cali", 0, {}),
            ("PLACE", "Ecuador", 0, {}),
            ("SPEAKER", "Colombia’s national roads agency", 0, {"key": "invias"}),
            ("SPEAKER", "Camila Rentería", 0, {"key": "renteria"}),
            ("QUOTE", "machinery from Pasto and Popayán had reached the site near the town of El "
             "Bordo", 0, {"quote_type": I, "said_by": "renteria"}),
            ("PLACE", "Pasto", 0, {}),
            ("PLACE", "El Bordo", 0, {}),
            ("QUOTE", "one lane could reopen by Friday", 0,
             {"quote_type": I, "said_by": "renteria"}),
            ("DATE", "Friday", 0, {"value": "2025-09-26"}),
            ("QUOTE", "We have trucks of fruit stuck on both sides, and it is rotting,", 0,
             {"quote_type": D, "said_by": "mosquera"}),
            ("SPEAKER", "Jhon Fredy Mosquera", 0, {"key": "mosquera"}),
            ("DATE", "Monday night", 0, {"value": "2025-09-22TNI"}),
            ("PLACE", "Patía River", 0, {}),
            ("SPEAKER", "Óscar Llano", 0, {"key": "llano"}),
            ("QUOTE", "the department would ask Bogotá for emergency funds next month", 0,
             {"quote_type": I, "said_by": "llano"}),
            ("PLACE", "Bogotá", 0, {}),
            ("DATE", "next month", 0, {"value": "2025-10"}),
        ],
    },
    # == Business and science ============================================================
    # -- a company named after a city, a "-based" state, an Irish county, a quarter -------
    {
        "id": "blind3-15-biz-clonmel-jobs",
        "published": "2025-10-15",
        "text": _text(
            "Boston Scientific to add 300 jobs at Clonmel plant",
            "Boston Scientific will add 300 jobs at its plant in Clonmel, Co Tipperary, over the "
            "next three years, the Massachusetts-based medical device maker said on Tuesday.",
            "Site leader Orla Brennan said the first hires would start in January. “Clonmel has "
            "been making devices for the world for 25 years,” she said. The expansion is backed "
            "by IDA Ireland.",
            "Enterprise Minister Declan Hurley said the investment proved the south-east could "
            "compete with Dublin and Cork for manufacturing jobs. Unions welcomed the news "
            "but asked "
            "for details on pay and pensions for the new staff.",
            "The company, which employs about 6,000 people in Ireland, will report third-quarter "
            "results next Wednesday. Its shares have risen by a fifth this year.",
        ),
        "gold": [
            ("PLACE", "Clonmel", "all", {}),
            ("QUOTE", "Boston Scientific will add 300 jobs at its plant in Clonmel, Co Tipperary, "
             "over the next three years", 0, {"quote_type": I, "said_by": "maker"}),
            ("PLACE", "Co Tipperary", 0, {}),
            ("PLACE", "Massachusetts", 0, {}),
            ("SPEAKER", "the Massachusetts-based medical device maker", 0,
             {"key": "maker", "resolved": "Boston Scientific"}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-10-14"}),
            ("SPEAKER", "Orla Brennan", 0, {"key": "brennan"}),
            ("QUOTE", "the first hires would start in January", 0,
             {"quote_type": I, "said_by": "brennan"}),
            ("DATE", "January", 0, {"value": "2026-01"}),
            ("QUOTE", "Clonmel has been making devices for the world for 25 years,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] said", 0, {"key": "she", "resolved": "Orla Brennan"}),
            ("SPEAKER", "Declan Hurley", 0, {"key": "hurley"}),
            ("QUOTE", "the investment proved the south-east could compete with Dublin and Cork "
             "for manufacturing jobs", 0, {"quote_type": I, "said_by": "hurley"}),
            ("PLACE", "Dublin", 0, {}),
            ("PLACE", "Cork", 0, {}),
            ("PLACE", "people in [Ireland]", 0, {}),
            ("DATE", "third-quarter", 0, {"value": "2025-Q3"}),
            ("DATE", "next Wednesday", 0, {"value": "2025-10-22"}),
            ("DATE", "this year", 0, {"value": "2025"}),
        ],
    },
    # -- a regional Fed bank named after a city, states, a region, seasons ---------------
    {
        "id": "blind3-16-biz-minneapolis-fed-farms",
        "published": "2025-06-12",
        "text": _text(
            "Minneapolis Fed says farm incomes fell again across the Upper Midwest",
            "Farm incomes in Minnesota, the Dakotas and Montana fell for the second year in a row "
            "this spring, the Federal Reserve Bank of Minneapolis said on Wednesday in its "
            "quarterly survey of agricultural lenders.",
            "Lenders in western Wisconsin and Michigan’s Upper Peninsula told the bank that more "
            "farmers were asking to extend loans into 2026.",
            "“Soybean prices are the big story,” said Ana Lindqvist, an economist at the bank. "
            "“Growers near Fargo and Sioux Falls planted a lot of beans in the spring of 2024, "
            "and some of that crop is still in the bin.”",
            "The bank surveyed 310 lenders in May and will publish its next survey in September.",
        ),
        "gold": [
            ("PLACE", "Upper Midwest", 0, {}),
            ("SPEAKER", "Minneapolis Fed", 0,
             {"key": "mplsfed", "resolved": "Federal Reserve Bank of Minneapolis"}),
            ("QUOTE", "farm incomes fell again across the Upper Midwest", 0,
             {"quote_type": I, "said_by": "mplsfed"}),
            ("QUOTE", "Farm incomes in Minnesota, the Dakotas and Montana fell for the second year "
             "in a row this spring", 0, {"quote_type": I, "said_by": "fed"}),
            ("PLACE", "Minnesota", 0, {}),
            ("PLACE", "Dakotas", 0, {}),
            ("PLACE", "Montana", 0, {}),
            ("DATE", "this spring", 0, {"value": "2025-SP"}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-06-11"}),
            ("SPEAKER", "the Federal Reserve Bank of Minneapolis", 0, {"key": "fed"}),
            ("SPEAKER", "Lenders in western Wisconsin and Michigan’s Upper Peninsula", 0,
             {"key": "lenders"}),
            ("PLACE", "Wisconsin", 0, {}),
            ("PLACE", "Michigan", 0, {}),
            ("PLACE", "Upper Peninsula", 0, {}),
            ("QUOTE", "more farmers were asking to extend loans into 2026", 0,
             {"quote_type": I, "said_by": "lenders"}),
            ("DATE", "2026", 0, {"value": "2026"}),
            ("QUOTE", "Soybean prices are the big story,", 0,
             {"quote_type": D, "said_by": "lindqvist"}),
            ("SPEAKER", "Ana Lindqvist", 0, {"key": "lindqvist"}),
            ("QUOTE", "Growers near Fargo and Sioux Falls planted a lot of beans in the spring of "
             "2024, and some of that crop is still in the bin.", 0,
             {"quote_type": D, "said_by": "lindqvist"}),
            ("PLACE", "Fargo", 0, {}),
            ("PLACE", "Sioux Falls", 0, {}),
            ("DATE", "the spring of 2024", 0, {"value": "2024-SP"}),
            ("DATE", "May", 0, {"value": "2025-05"}),
            ("DATE", "September", 0, {"value": "2025-09"}),
        ],
    },
    # -- a university named after a region (not PLACE), islands, Antarctica ---------------
    {
        "id": "blind3-17-sci-dunedin-krill",
        "published": "2025-03-27",
        "text": _text(
            "Dunedin scientists find plastic fibres in Southern Ocean krill",
            "Krill caught near the Antarctic Peninsula and south of New Zealand’s Auckland "
            "Islands contained plastic fibres in nine of ten samples, researchers at the "
            "University of Otago said on Wednesday.",
            "The study used samples gathered during a voyage from Lyttelton in February 2024. "
            "Lead author Mereana Kahu said the fibres most likely came from fishing gear and "
            "clothing, and that the team would sample waters off Stewart Island next January.",
            "“Krill are the base of the whole food web down there,” Kahu said. “If they are "
            "eating plastic, so is everything that eats them.”",
            "The Antarctic and Southern Ocean Coalition, which has pressed for new marine "
            "reserves, welcomed the findings. Commercial krill catches have grown sharply in "
            "recent years.",
        ),
        "gold": [
            ("PLACE", "Dunedin", 0, {}),
            ("PLACE", "Southern Ocean", 0, {}),
            ("QUOTE", "Krill caught near the Antarctic Peninsula and south of New Zealand’s "
             "Auckland Islands contained plastic fibres in nine of ten samples", 0,
             {"quote_type": I, "said_by": "researchers"}),
            ("PLACE", "Antarctic Peninsula", 0, {}),
            ("PLACE", "New Zealand", 0, {}),
            ("PLACE", "Auckland Islands", 0, {}),
            ("SPEAKER", "researchers at the University of Otago", 0, {"key": "researchers"}),
            ("DATE", "on [Wednesday]", 0, {"value": "2025-03-26"}),
            ("PLACE", "Lyttelton", 0, {}),
            ("DATE", "February 2024", 0, {"value": "2024-02"}),
            ("SPEAKER", "Mereana Kahu", 0, {"key": "kahu0"}),
            ("QUOTE", "the fibres most likely came from fishing gear and clothing", 0,
             {"quote_type": I, "said_by": "kahu0"}),
            ("QUOTE", "the team would sample waters off Stewart Island next January", 0,
             {"quote_type": I, "said_by": "kahu0"}),
            ("PLACE", "Stewart Island", 0, {}),
            ("DATE", "next January", 0, {"value": "2026-01"}),
            ("QUOTE", "Krill are the base of the whole food web down there,", 0,
             {"quote_type": D, "said_by": "kahu1"}),
            ("SPEAKER", "[Kahu] said", 0, {"key": "kahu1"}),
            ("QUOTE", "If they are eating plastic, so is everything that eats them.", 0,
             {"quote_type": D, "said_by": "kahu1"}),
        ],
    },
    # -- a utility named after its province (not PLACE), rivers, a neighbourhood, decades -
    {
        "id": "blind3-18-biz-hydro-quebec-line",
        "published": "2025-09-30",
        "text": _text(
            "Hydro-Québec line to New York City enters service",
            "A 339-mile transmission line carrying power from Quebec to New York City began "
            "commercial operation on Monday, Hydro-Québec said, more than a year later than "
            "planned.",
            "The line runs under Lake Champlain and the Hudson River and ends at a converter "
            "station in Astoria, in the borough of Queens.",
            "Hydro-Québec chief executive Michel Sabourin said the utility expected to earn about "
            "C$1 billion a year from the contract and that exports to New England would rise in "
            "the 2030s.",
            "The New York Public Service Commission said in August that the line would cut the "
            "city’s reliance on gas-fired plants by a third. Montréal-based engineering firms "
            "built much of the Canadian section. The project cost about $6 billion.",
        ),
        "gold": [
            ("PLACE", "New York City", "all", {}),
            ("PLACE", "Quebec", 0, {}),
            ("QUOTE", "A 339-mile transmission line carrying power from Quebec to New York City "
             "began commercial operation on Monday", 0, {"quote_type": I, "said_by": "hq"}),
            ("DATE", "Monday", 0, {"value": "2025-09-29"}),
            ("SPEAKER", "Monday, [Hydro-Québec] said", 0, {"key": "hq"}),
            ("PLACE", "Lake Champlain", 0, {}),
            ("PLACE", "Hudson River", 0, {}),
            ("PLACE", "Astoria", 0, {}),
            ("PLACE", "Queens", 0, {}),
            ("SPEAKER", "Michel Sabourin", 0, {"key": "sabourin"}),
            ("QUOTE", "the utility expected to earn about C$1 billion a year from the contract",
             0, {"quote_type": I, "said_by": "sabourin"}),
            ("QUOTE", "exports to New England would rise in the 2030s", 0,
             {"quote_type": I, "said_by": "sabourin"}),
            ("PLACE", "New England", 0, {}),
            ("DATE", "the 2030s", 0, {"value": "203"}),
            ("SPEAKER", "The New York Public Service Commission", 0, {"key": "psc"}),
            ("DATE", "August", 0, {"value": "2025-08"}),
            ("QUOTE", "the line would cut the city’s reliance on gas-fired plants by a third", 0,
             {"quote_type": I, "said_by": "psc"}),
            ("PLACE", "Montréal", 0, {}),
        ],
    },
    # == Politics, courts and weather: relative dates ====================================
    # -- Welsh court: a court named after a city (not PLACE), past and future weekdays ---
    {
        "id": "blind3-19-court-bridgend-fraud",
        "published": "2025-06-18",
        "text": _text(
            "Bridgend man jailed for stealing from care home charity",
            "A Bridgend man who stole £210,000 from a care home charity was jailed for four years "
            "at Cardiff Crown Court on Tuesday.",
            "Gareth Pryce, 52, of Pencoed, had admitted fraud at an earlier hearing last month. "
            "Judge Eleri Morgan told him he had betrayed “people who trusted you completely” and "
            "that the charity had nearly closed in the winter of 2023.",
            "A hearing to recover the money will be held next Tuesday. The charity’s trustees "
            "said they hoped to reopen its home in Porthcawl next spring, a year later than "
            "planned.",
            "Detectives from South Wales Police said Pryce had moved the money through accounts "
            "in Swansea and Bristol between 2019 and 2022.",
        ),
        "gold": [
            ("PLACE", "Bridgend", "all", {}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-06-17"}),
            ("PLACE", "Pencoed", 0, {}),
            ("DATE", "last month", 0, {"value": "2025-05"}),
            ("SPEAKER", "Eleri Morgan", 0, {"key": "morgan"}),
            ("QUOTE", "he had betrayed “people who trusted you completely”", 0,
             {"quote_type": I, "said_by": "morgan"}),
            ("QUOTE", "people who trusted you completely", 0,
             {"quote_type": D, "said_by": "morgan"}),
            ("QUOTE", "the charity had nearly closed in the winter of 2023", 0,
             {"quote_type": I, "said_by": "morgan"}),
            ("DATE", "the winter of 2023", 0, {"value": "2023-WI"}),
            ("DATE", "next Tuesday", 0, {"value": "2025-06-24"}),
            ("SPEAKER", "The charity’s trustees", 0, {"key": "trustees"}),
            ("QUOTE", "they hoped to reopen its home in Porthcawl next spring, a year later than "
             "planned", 0, {"quote_type": I, "said_by": "trustees"}),
            ("PLACE", "Porthcawl", 0, {}),
            ("DATE", "next spring", 0, {"value": "2026-SP"}),
            ("SPEAKER", "Detectives from South Wales Police", 0, {"key": "police"}),
            ("QUOTE", "Pryce had moved the money through accounts in Swansea and Bristol between "
             "2019 and 2022", 0, {"quote_type": I, "said_by": "police"}),
            ("PLACE", "Swansea", 0, {}),
            ("PLACE", "Bristol", 0, {}),
            ("DATE", "2019", 0, {"value": "2019"}),
            ("DATE", "2022", 0, {"value": "2022"}),
        ],
    },
    # -- Oklahoma weather: this weekend, parts of days, last Monday, a past disaster -----
    {
        "id": "blind3-20-weather-oklahoma-storms",
        "published": "2025-05-15",
        "text": _text(
            "Severe storms expected across Oklahoma this weekend",
            "OKLAHOMA CITY (AP) — Forecasters warned Thursday that storms capable of producing "
            "large hail and tornadoes could hit central and eastern Oklahoma this weekend, with "
            "the greatest risk on Saturday afternoon.",
            "The Storm Prediction Center, which is based in Norman, said the threat would shift "
            "toward Tulsa and Fort Smith, Arkansas, by Sunday morning.",
            "Emergency managers in Moore, where a tornado killed 24 people in May 2013, said "
            "public shelters would open at noon Saturday. Last Monday, hail the size of golf "
            "balls smashed windshields in Lawton. Hospitals across the region have added staff "
            "and checked their backup generators.",
            "Tulsa Public Schools said it would decide by Monday morning whether to delay the "
            "start of classes.",
        ),
        "gold": [
            ("PLACE", "Oklahoma", "all", {}),
            ("DATE", "Oklahoma [this weekend]", 0, {"value": "2025-W20-WE"}),
            ("PLACE", "OKLAHOMA CITY", 0, {}),
            ("SPEAKER", "Forecasters", 0, {"key": "forecasters"}),
            ("DATE", "warned [Thursday]", 0, {"value": "2025-05-15"}),
            ("QUOTE", "storms capable of producing large hail and tornadoes could hit central and "
             "eastern Oklahoma this weekend, with the greatest risk on Saturday afternoon", 0,
             {"quote_type": I, "said_by": "forecasters"}),
            ("DATE", "Oklahoma [this weekend]", 1, {"value": "2025-W20-WE"}),
            ("DATE", "Saturday afternoon", 0, {"value": "2025-05-17TAF"}),
            ("SPEAKER", "The Storm Prediction Center", 0, {"key": "spc"}),
            ("PLACE", "Norman", 0, {}),
            ("QUOTE", "the threat would shift toward Tulsa and Fort Smith, Arkansas, by Sunday "
             "morning", 0, {"quote_type": I, "said_by": "spc"}),
            ("PLACE", "Tulsa", "all", {"skip": ("Tulsa Public Schools",)}),
            ("PLACE", "Fort Smith", 0, {}),
            ("PLACE", "Arkansas", 0, {}),
            ("DATE", "Sunday morning", 0, {"value": "2025-05-18TMO"}),
            ("SPEAKER", "Emergency managers in Moore", 0, {"key": "managers"}),
            ("PLACE", "Moore", 0, {}),
            ("DATE", "May 2013", 0, {"value": "2013-05"}),
            ("QUOTE", "public shelters would open at noon Saturday", 0,
             {"quote_type": I, "said_by": "managers"}),
            ("DATE", "noon [Saturday]", 0, {"value": "2025-05-17"}),
            ("DATE", "Last Monday", 0, {"value": "2025-05-12"}),
            ("PLACE", "Lawton", 0, {}),
            ("SPEAKER", "Tulsa Public Schools", 0, {"key": "tps"}),
            ("QUOTE", "it would decide by Monday morning whether to delay the start of classes",
             0, {"quote_type": I, "said_by": "tps"}),
            ("DATE", "Monday morning", 0, {"value": "2025-05-19TMO"}),
        ],
    },
    # -- Canadian politics: the capital as government, fiscal year, decades, holidays ----
    {
        "id": "blind3-21-politics-ottawa-housing",
        "published": "2025-11-05",
        "text": _text(
            "Ottawa to table housing bill next week, minister says",
            "OTTAWA — The federal government will introduce legislation next week to speed up "
            "the construction of rental housing, Housing Minister Nadia Chopra said Tuesday, "
            "after provinces said last month that money promised in the spring budget had not "
            "arrived.",
            "Chopra said the bill would let Ottawa withhold transfers from cities that miss their "
            "building targets in fiscal 2026-27. “Nobody gets a cheque for doing nothing,” she "
            "told reporters.",
            "Manitoba’s housing minister, Leah Fontaine, said the province had built more homes in "
            "the first half of 2025 than in any year of the 2010s. Alberta and Saskatchewan have "
            "asked to be exempt.",
            "Debate in the House of Commons is expected to start next Monday, and the government "
            "hopes to pass the bill before Christmas.",
        ),
        "gold": [
            ("PLACE", "Ottawa", "all", {}),
            ("QUOTE", "Ottawa to table housing bill next week", 0,
             {"quote_type": I, "said_by": "minister"}),
            ("DATE", "next week", "all", {"value": "2025-W46"}),
            ("SPEAKER", "[minister] says", 0, {"key": "minister", "resolved": "Nadia Chopra"}),
            ("PLACE", "OTTAWA", 0, {}),
            ("QUOTE", "The federal government will introduce legislation next week to speed up "
             "the construction of rental housing", 0, {"quote_type": I, "said_by": "chopra0"}),
            ("SPEAKER", "Nadia Chopra", 0, {"key": "chopra0"}),
            ("DATE", "said [Tuesday]", 0, {"value": "2025-11-04"}),
            ("SPEAKER", "[provinces] said", 0, {"key": "provinces"}),
            ("DATE", "last month", 0, {"value": "2025-10"}),
            ("QUOTE", "money promised in the spring budget had not arrived", 0,
             {"quote_type": I, "said_by": "provinces"}),
            ("DATE", "spring", 0, {"value": "2025-SP"}),
            ("SPEAKER", "[Chopra] said the bill", 0, {"key": "chopra1"}),
            ("QUOTE", "the bill would let Ottawa withhold transfers from cities that miss their "
             "building targets in fiscal 2026-27", 0, {"quote_type": I, "said_by": "chopra1"}),
            ("DATE", "fiscal 2026-27", 0, {"value": "FY2026"}),
            ("QUOTE", "Nobody gets a cheque for doing nothing,", 0,
             {"quote_type": D, "said_by": "she"}),
            ("SPEAKER", "[she] told", 0, {"key": "she", "resolved": "Nadia Chopra"}),
            ("PLACE", "Manitoba", 0, {}),
            ("SPEAKER", "Leah Fontaine", 0, {"key": "fontaine"}),
            ("QUOTE", "the province had built more homes in the first half of 2025 than in any "
             "year of the 2010s", 0, {"quote_type": I, "said_by": "fontaine"}),
            ("DATE", "the first half of 2025", 0, {"value": "2025-H1"}),
            ("DATE", "the 2010s", 0, {"value": "201"}),
            ("PLACE", "Alberta", 0, {}),
            ("PLACE", "Saskatchewan", 0, {}),
            ("DATE", "next Monday", 0, {"value": "2025-11-10"}),
            ("DATE", "Christmas", 0, {"value": "2025-12-25"}),
        ],
    },
    # -- US state budget: AP dateline, fiscal year, last fall, last week, a decade -------
    {
        "id": "blind3-22-politics-oregon-budget",
        "published": "2025-01-10",
        "text": _text(
            "Oregon budget gap widens to $1.2 billion as session nears",
            "SALEM, Ore. (AP) — Oregon faces a $1.2 billion shortfall in the two-year budget that "
            "begins July 1, the state’s chief economist, Mark Oyler, said Thursday, warning that "
            "income tax receipts had fallen since last fall.",
            "Lawmakers return to the Capitol on Tuesday for a session that runs until late June.",
            "“We spent the 2010s building up reserves, and we are going to need them,” said state "
            "Rep. Dana Whitlow, a Democrat from Eugene.",
            "Republicans from eastern Oregon said last week that they would oppose any cut to "
            "rural hospitals in fiscal year 2026. The state’s rainy-day fund held $2.7 billion at "
            "the end of December, according to the Legislative Fiscal Office.",
        ),
        "gold": [
            ("PLACE", "Oregon", "all", {}),
            ("PLACE", "SALEM", 0, {}),
            ("PLACE", "Ore.", 0, {}),
            ("QUOTE", "Oregon faces a $1.2 billion shortfall in the two-year budget that begins "
             "July 1", 0, {"quote_type": I, "said_by": "oyler"}),
            ("DATE", "July 1", 0, {"value": "2025-07-01"}),
            ("SPEAKER", "Mark Oyler", 0, {"key": "oyler"}),
            ("DATE", "said [Thursday]", 0, {"value": "2025-01-09"}),
            ("QUOTE", "income tax receipts had fallen since last fall", 0,
             {"quote_type": I, "said_by": "oyler"}),
            ("DATE", "last fall", 0, {"value": "2024-FA"}),
            ("DATE", "on [Tuesday]", 0, {"value": "2025-01-14"}),
            ("DATE", "late June", 0, {"value": "2025-06"}),
            ("QUOTE", "We spent the 2010s building up reserves, and we are going to need them,", 0,
             {"quote_type": D, "said_by": "whitlow"}),
            ("DATE", "the 2010s", 0, {"value": "201"}),
            ("SPEAKER", "Dana Whitlow", 0, {"key": "whitlow"}),
            ("PLACE", "Eugene", 0, {}),
            ("SPEAKER", "Republicans from eastern Oregon", 0, {"key": "republicans"}),
            ("DATE", "last week", 0, {"value": "2025-W01"}),
            ("QUOTE", "they would oppose any cut to rural hospitals in fiscal year 2026", 0,
             {"quote_type": I, "said_by": "republicans"}),
            ("DATE", "fiscal year 2026", 0, {"value": "FY2026"}),
            ("QUOTE", "The state’s rainy-day fund held $2.7 billion at the end of December", 0,
             {"quote_type": I, "said_by": "lfo"}),
            ("DATE", "December", 0, {"value": "2024-12"}),
            ("SPEAKER", "according to [the Legislative Fiscal Office]", 0, {"key": "lfo"}),
        ],
    },
    # -- Australian heatwave: a holiday named after a country, parts of days, weekends ---
    {
        "id": "blind3-23-weather-mildura-heat",
        "published": "2025-01-22",
        "text": _text(
            "Mildura braces for 47C as heatwave spreads east",
            "MILDURA, Australia — Temperatures in north-west Victoria could reach 47C on Friday, "
            "the Bureau of Meteorology said on Wednesday morning, as a heatwave that began last "
            "weekend moves east toward Melbourne.",
            "Senior forecaster Kirra Dawson said a cool change was due on Saturday night but that "
            "parts of the Mallee and the Riverland would stay above 40C until Australia Day.",
            "The Mildura Base Public Hospital said it had treated 11 people for heat stress since "
            "Sunday, most of them farm workers.",
            "The town recorded 50.8C in January 2001, still a record for the state. Power "
            "companies have asked residents across Victoria and South Australia to run "
            "dishwashers and washing machines after 9pm.",
        ),
        "gold": [
            ("PLACE", "Mildura", 0, {}),
            ("PLACE", "MILDURA", 0, {}),
            ("PLACE", "Australia", 0, {}),
            ("QUOTE", "Temperatures in north-west Victoria could reach 47C on Friday", 0,
             {"quote_type": I, "said_by": "bom"}),
            ("PLACE", "Victoria", "all", {}),
            ("DATE", "Friday", 0, {"value": "2025-01-24"}),
            ("SPEAKER", "the Bureau of Meteorology", 0, {"key": "bom"}),
            ("DATE", "Wednesday morning", 0, {"value": "2025-01-22TMO"}),
            ("DATE", "last weekend", 0, {"value": "2025-W03-WE"}),
            ("PLACE", "Melbourne", 0, {}),
            ("SPEAKER", "Kirra Dawson", 0, {"key": "dawson"}),
            ("QUOTE", "a cool change was due on Saturday night", 0,
             {"quote_type": I, "said_by": "dawson"}),
            ("DATE", "Saturday night", 0, {"value": "2025-01-25TNI"}),
            ("QUOTE", "parts of the Mallee and the Riverland would stay above 40C until Australia "
             "Day", 0, {"quote_type": I, "said_by": "dawson"}),
            ("PLACE", "Mallee", 0, {}),
            ("PLACE", "Riverland", 0, {}),
            ("DATE", "Australia Day", 0, {"value": "2025-01-26"}),
            ("SPEAKER", "The Mildura Base Public Hospital", 0, {"key": "hospital"}),
            ("QUOTE", "it had treated 11 people for heat stress since Sunday, most of them farm "
             "workers", 0, {"quote_type": I, "said_by": "hospital"}),
            ("DATE", "Sunday", 0, {"value": "2025-01-19"}),
            ("DATE", "January 2001", 0, {"value": "2001-01"}),
            ("PLACE", "South Australia", 0, {}),
        ],
    },
    # == Sports (continued) ==============================================================
    # -- Rugby: national sides (not PLACE), host and next cities, next Saturday -----------
    {
        "id": "blind3-24-sport-all-blacks-cordoba",
        "published": "2025-08-03",
        "text": _text(
            "All Blacks too strong for Argentina in Córdoba",
            "New Zealand scored six tries to beat Argentina 41-24 in Córdoba on Saturday night, "
            "opening their Rugby Championship campaign with a bonus-point win in front of 40,000 "
            "fans. The visitors led 22-10 at half-time and never looked in danger.",
            "Wing Tevita Fifita crossed twice. “The crowd here is something else,” New Zealand "
            "coach Mark Hollis said. “We had to stay calm, and we did.”",
            "Argentina captain Facundo Irala said his team had given away too many penalties and "
            "that they would bounce back in Buenos Aires next Saturday.",
            "The All Blacks then fly to Johannesburg to face South Africa at Ellis Park on "
            "August 16, a week after the Springboks play Australia in Perth.",
        ),
        "gold": [
            ("PLACE", "Córdoba", "all", {}),
            ("DATE", "Saturday night", 0, {"value": "2025-08-02TNI"}),
            ("QUOTE", "The crowd here is something else,", 0,
             {"quote_type": D, "said_by": "hollis"}),
            ("SPEAKER", "Mark Hollis", 0, {"key": "hollis"}),
            ("QUOTE", "We had to stay calm, and we did.", 0,
             {"quote_type": D, "said_by": "hollis"}),
            ("SPEAKER", "Facundo Irala", 0, {"key": "irala"}),
            ("QUOTE", "his team had given away too many penalties", 0,
             {"quote_type": I, "said_by": "irala"}),
            ("QUOTE", "they would bounce back in Buenos Aires next Saturday", 0,
             {"quote_type": I, "said_by": "irala"}),
            ("PLACE", "Buenos Aires", 0, {}),
            ("DATE", "next Saturday", 0, {"value": "2025-08-09"}),
            ("PLACE", "Johannesburg", 0, {}),
            ("DATE", "August 16", 0, {"value": "2025-08-16"}),
            ("PLACE", "Perth", 0, {}),
        ],
    },
]
