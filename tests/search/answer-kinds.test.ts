import { beforeAll, describe, expect, it } from "vitest";
import { testArticle } from "./helpers/articles.js";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import type { Corpus, Headline } from "../../src/corpus/types.js";
import type { SearchEngine } from "../../src/search/types.js";
import { loadSeedCorpus } from "./helpers/seed.js";
import { createTermFolder, tokenize } from "../../src/search/tokenize.js";

let language: Language;
let seed: SearchEngine;
beforeAll(async () => {
  language = loadLanguage();
  seed = createSearchEngine(await loadSeedCorpus(), { language });
});

const article = testArticle;
const headline = (title: string): Headline => ({ id: title, title, tag: null, subtitle: null, publishedAt: "2023-03-01T10:00:00+04:00", list: "Latest news", url: null , language: "en"});
const engineOf = (corpus: Corpus) => createSearchEngine(corpus, { language });

describe("three kinds of reply", () => {
  it("an answer holds what was asked, and says what that was", () => {
    const [top] = seed.search("How many people did Azerbaijan detain?");
    expect(top).toMatchObject({ match: "answer", asked: "amount", subject: null, section: "Azerbaijan’s response to Iranian assertiveness" });
    expect(seed.search("Zangezur corridor")[0]).toMatchObject({ match: "answer", asked: null });
  });

  it("a passage on the subject that lacks what was asked is related coverage, naming the subject as typed", () => {
    const answers = seed.search("what is the population of baku");
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer.match).toBe("related");
    expect(answers[0]).toMatchObject({ asked: "amount", subject: "baku" });
    expect(seed.search("how long is the aras river")[0]).toMatchObject({ match: "related", asked: "amount" });
  });

  it("a passage only synonyms reach is related coverage at best", () => {
    for (const answer of seed.search("kids")) expect(answer.match).toBe("related");
  });

  it("a headline that announces the price of something else is not an answer", () => {
    for (const answer of seed.search("bitcoin price")) expect(answer.match).toBe("related");
  });
});

describe("what a question asks, weighed and checked in general", () => {
  const corpus: Corpus = {
    articles: [
      article("tunnel", "2026-03-14T16:20:00+04:00", [
        { heading: null, paragraphs: ["Georgia opened the Rikoti tunnel on the East–West Highway on Saturday."] },
        { heading: "The longest tunnel", paragraphs: ["The main tunnel is 8.9 kilometres long and has two tubes with two lanes each."] },
        {
          heading: "An hour less between Tbilisi and Batumi",
          paragraphs: [
            "The new section cuts the driving time between Tbilisi and Batumi by about an hour, to roughly four and a half hours.",
            "Around 6,000 vehicles a day used the Rikoti road last year, a third of them trucks.",
          ],
        },
        { heading: "Safety", paragraphs: ["The speed limit inside the tunnel is set at 80 kilometres per hour."] },
      ], { title: "Georgia opens Rikoti tunnel, cutting Tbilisi–Batumi drive by an hour" }),
    ],
    headlines: [],
  };
  const ask = (question: string) => engineOf(corpus).search(question);

  it("a word that only says what kind of answer is wanted weighs little: the drive, not the word long", () => {
    expect(ask("How long is the drive from Tbilisi to Batumi now?")[0]).toMatchObject({ match: "answer", section: "An hour less between Tbilisi and Batumi" });
  });

  it("function words such as per, and words of time such as tomorrow, carry no topic: an amount a day answers how many per day", () => {
    const terms = tokenize("one more: how many vehicles per day, via the pass, now and tomorrow", createTermFolder()).map((token) => token.term);
    expect(terms).toEqual(["many", "vehicl", "day", "pass"]);
    expect(ask("how many vehicles use the rikoti road per day")[0]).toMatchObject({ match: "answer", section: "An hour less between Tbilisi and Batumi" });
  });

  it("a question whose names no page holds is not answered by a passage that shares its other words", () => {
    const answers = seed.search("did the NBA hold drills near the border");
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toMatchObject({ match: "related", subject: null });
    // One name the pages hold is enough, as they may spell out an acronym the reader uses.
    expect(seed.search("what did Velayati write about Azerbaijan, per NYT")[0]).toMatchObject({ match: "answer", section: "Veering into taboo territory" });
  });
});

describe("an amount that counts the thing asked by another noun", () => {
  const corpus: Corpus = {
    articles: [
      article("kura", "2026-07-20T10:00:00+04:00", [
        { heading: null, paragraphs: ["The Kura river has fallen to its lowest level in a century, and salt water from the Caspian is moving upstream."] },
        {
          heading: "Salt water at the river mouth",
          paragraphs: [
            "The Neftchala water treatment plant was shut down on 19 July after the salt content of the river rose to 4 grams per litre.",
            "Around 38,000 residents of Neftchala and nearby villages now receive water from 60 tanker trucks run by the state water company.",
          ],
        },
        { heading: "Farmers", paragraphs: ["Farmers in the Salyan district were told to halve the water they take for irrigation until October."] },
        { heading: "Protest", paragraphs: ["Some people in Salyan protested outside the water company's office on Monday."] },
      ]),
    ],
    headlines: [],
  };

  it("answers how many people by a count of residents: what is counted is what is asked", () => {
    expect(engineOf(corpus).search("how many people in neftchala get water from tankers")[0]).toMatchObject({ match: "answer", section: "Salt water at the river mouth" });
  });
});

describe("a heading that asks the question's why", () => {
  const corpus: Corpus = {
    articles: [
      article("kura", "2026-07-20T10:00:00+04:00", [
        { heading: null, paragraphs: ["The Kura river has fallen to its lowest level in a century, the water agency said on Monday."] },
        {
          heading: "The lowest level in a century",
          paragraphs: ["The Kura has dropped by 2.3 metres at Salyan in six weeks, and ferries have stopped because the river is so low."],
        },
        {
          heading: "Why the Kura is shrinking",
          paragraphs: ["About 30 percent of the water taken from the Kura is lost in old earth canals. Dams upstream in Georgia hold back more of it each summer."],
        },
      ]),
    ],
    headlines: [],
  };

  it("gives the cause in every sentence under it, with a cue word or none, and leads the list", () => {
    const answers = engineOf(corpus).search("why is the kura river shrinking so fast");
    expect(answers[0]).toMatchObject({ match: "answer", section: "Why the Kura is shrinking" });
  });
});

describe("honest lists", () => {
  it("stop where answers stop being answers, judged against the first", () => {
    // Both questions used to list passages at half the first one's score and less.
    for (const question of ["Israel embassy", "Iran Azerbaijan border drills"]) {
      const answers = seed.search(question);
      expect(answers.length, question).toBeGreaterThan(0);
      for (const answer of answers) {
        expect(answer.match).toBe(answers[0]!.match);
        expect(answer.score, question).toBeGreaterThanOrEqual(answers[0]!.score * 0.75);
      }
    }
  });

  it("show a passage that stands in two pages once, from the newest article", () => {
    const text = ["Ferries between Alat and Aktau will carry 56 rail wagons each from next spring."];
    const corpus: Corpus = {
      articles: [
        article("scrape", "2023-03-01T10:00:00+04:00", [{ heading: "Ferry capacity", paragraphs: text }]),
        article("reprint", "2023-03-05T10:00:00+04:00", [{ heading: "Ferry capacity", paragraphs: text }]),
      ],
      headlines: [],
    };
    const answers = engineOf(corpus).search("ferries rail wagons");
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ articleId: "reprint", publishedAt: "2023-03-05T10:00:00+04:00" });
  });
});

describe("sections explain, headlines announce", () => {
  const corpus: Corpus = {
    articles: [
      article("corridor", "2023-03-01T10:00:00+04:00", [
        { heading: null, paragraphs: ["Tehran and Baku argue over transport routes through the South Caucasus."] },
        {
          heading: "Why Tehran objects",
          paragraphs: ["Iran opposes the Zangezur corridor because it fears losing its land border with Armenia."],
        },
      ]),
    ],
    headlines: [headline("Zangezur corridor opens to freight"), headline("Oil prices fall again")],
  };

  it("the section that explains the story comes first", () => {
    expect(engineOf(corpus).search("zangezor coridor")[0]).toMatchObject({ kind: "section", section: "Why Tehran objects" });
  });

  it("unless the question is the headline's own words", () => {
    expect(engineOf(corpus).search("Zangezur corridor opens to freight")[0]).toMatchObject({ kind: "headline" });
  });
});

describe("questions about the article", () => {
  const corpus: Corpus = {
    articles: [
      article(
        "ferries",
        "2023-03-29T16:45:00+04:00",
        [
          { heading: null, paragraphs: ["Freight across the Caspian grew by a third last year. Shippers avoided Russian routes."] },
          { heading: "What shippers want", paragraphs: ["Logistics firms want a single digital permit for the whole route."] },
        ],
        { title: "Caspian freight grows", subtitle: "Ports prepare for more containers", author: "Leyla Mammadova", category: "ECONOMY", url: "https://example.com/ferries" },
      ),
    ],
    headlines: [],
  };
  const ask = (question: string) => engineOf(corpus).search(question);

  it("who wrote it comes from the author line", () => {
    expect(ask("who wrote this article?")[0]).toMatchObject({ match: "answer", asked: "person", sectionIndex: 0 });
    expect(ask("who wrote this article?")[0]!.excerpt).toContain("By Leyla Mammadova.");
  });

  it("what it is about is the title, the subtitle and the lead", () => {
    expect(ask("what is this article about?")[0]!.excerpt).toMatch(/^Caspian freight grows: Ports prepare for more containers\. Freight across/);
  });

  it("when and where it appeared come from its date and link", () => {
    expect(ask("when was this article published?")[0]!.excerpt).toContain("Published 29 March 2023");
    expect(ask("where was this article first published?")[0]!.excerpt).toContain("https://example.com/ferries");
  });

  it("how it ends is its last section", () => {
    expect(ask("how does the article end?")[0]).toMatchObject({ section: "What shippers want" });
  });

  it("names no article: the newest that reads as prose, not a later page of garbled text", () => {
    const garbled = article("garbled", "2023-06-01T09:00:00+04:00", [
      { heading: null, paragraphs: ["Quinutiar denu elruja lika sujaveti moxourja votefuka hivezane walisuro nuzuhi irsubiro rosaanxo mielsaar."] },
    ]);
    const [top] = engineOf({ articles: [garbled, ...corpus.articles], headlines: [] }).search("who wrote this article?");
    expect(top).toMatchObject({ article: "Caspian freight grows" });
    expect(top!.excerpt).toContain("By Leyla Mammadova.");
  });

  it("on a page that names no author, the lead says who wrote it and where", () => {
    const [top] = seed.search("who wrote this article about iran and azerbaijan");
    expect(top).toMatchObject({ section: null, sectionIndex: 0 });
    expect(top!.excerpt).toContain("Experts of the Topchubashov Center");
  });
});

describe("a measure of the thing asked about", () => {
  const border = article("border", "2026-01-10T20:07:00+04:00", [
    {
      heading: null,
      paragraphs: ["The state commissions of Azerbaijan and Armenia signed a new delimitation protocol in Gabala on Saturday."],
    },
    {
      heading: "What the protocol covers",
      paragraphs: ["The new document covers a stretch of about 41 kilometres running south from the point where the Gazakh section ended."],
    },
    {
      heading: "Lessons from the Gazakh section",
      paragraphs: [
        "Officials presented the Tovuz–Berd agreement as a continuation of the model tested in 2024. Then, the commissions agreed on a " +
          "12.7-kilometre section, and four villages returned under Baku's control. Border guards took up positions along that line in May.",
      ],
    },
  ], { title: "Baku and Yerevan agree to take border delimitation to Tovuz–Berd stretch" });
  const answers = (question: string) => engineOf({ articles: [border], headlines: [] }).search(question);

  it("answers how long only where the thing measured stands: the kilometres of another section are not its length", () => {
    expect(answers("How long is the Tovuz-Berd border stretch?").filter((a) => a.match === "answer").map((a) => a.section)).toEqual(["What the protocol covers"]);
  });
});

describe("questions the page's names cannot answer", () => {
  const answered = (question: string) => seed.search(question)[0]?.match ?? "none";

  it("an amount answers how many only beside what the question says of the counted thing", () => {
    // "Azerbaijan also detained 19 people": it counts people, and says nothing of where they live.
    expect(answered("How many people live in Azerbaijan?")).not.toBe("answer");
    expect(answered("How many people did Azerbaijan detain?")).toBe("answer");
  });

  it("a count of drills is not how often they are held", () => {
    expect(answered("how often does Iran hold drills near the border")).toBe("related");
  });

  it("a headline naming the person is not the age or the height asked for", () => {
    expect(answered("How old is Ilham Aliyev?")).not.toBe("answer");
    expect(answered("how tall is president aliyev")).not.toBe("answer");
  });

  it("a date beside a name is not the answer when the question's other words stand on no page", () => {
    expect(answered("When was Hossein Amir-Abdollahian born?")).not.toBe("answer");
  });

  describe("an answer speaks of the thing the question asks about", () => {
    const exclave = article("exclave", "2023-02-10T10:00:00+04:00", [
      { heading: null, paragraphs: ["The Nakhchivan exclave borders Iran, Armenia and Turkey. Azerbaijan uses the exclave's airport for flights to Istanbul."] },
      {
        heading: "Drills on the Aras",
        paragraphs: [
          "During the drills in October, Iranian forces crossed the Aras River, which forms part of the border between the two countries.",
        ],
      },
      { heading: "Arrests in Baku", paragraphs: ["Police in Baku arrested 19 individuals suspected of spying for Tehran."] },
    ]);
    const headlines = [headline("Nakhchivan exclave marks its autonomy day"), headline("Three children hurt as shell hits school in Tovuz")];
    const engine = () => engineOf({ articles: [exclave], headlines });
    const answeredHere = (question: string) => engine().search(question)[0]?.match ?? "none";

    it("a passage on the subject that names no such thing is related coverage", () => {
      expect(answeredHere("what is the capital of the Nakhchivan exclave")).toBe("related");
      expect(answeredHere("What currency is used in Azerbaijan?")).toBe("related");
      expect(engine().search("what is the capital of the Nakhchivan exclave", { kind: "headline" })[0]?.match).toBe("related");
      // The thing asked about stands beside the answer: "the Aras River".
      expect(answeredHere("which river did the Iranian forces cross during the drills")).toBe("answer");
    });

    it("an amount counts the thing asked about, or what WordNet puts above or below it", () => {
      // "the two countries" counts no soldiers; "19 individuals" counts spies; of "children" WordNet tells nothing.
      expect(answeredHere("How many soldiers took part in the drills?")).toBe("related");
      expect(answeredHere("how many spies were arrested in Baku")).toBe("answer");
      expect(answeredHere("how many kids were hurt in Tovuz")).toBe("answer");
    });
  });

  describe("an answer speaks of the names the question asks of", () => {
    const airport = article("airport", "2026-05-16T12:40:00+04:00", [
      { heading: null, paragraphs: ["The first scheduled flight from Baku landed at Lachin airport on Saturday. The flight took 58 minutes."] },
      {
        heading: "Three flights a week",
        paragraphs: [
          "A one-way ticket from Baku costs from 69 manats. Vugar Abdullayev, deputy head of the district authority, said families were returning.",
        ],
      },
      { heading: "Istanbul next", paragraphs: ["AJet will launch a route from Istanbul to Lachin in October, with two flights a week."] },
    ]);
    const port = article("port", "2026-02-18T14:35:00+04:00", [
      { heading: null, paragraphs: ["The Azerbaijan Caspian Shipping Company (ASCO) runs 13 ferries from the port of Alat."] },
    ]);
    const answeredHere = (question: string) => engineOf({ articles: [airport, port], headlines: [] }).search(question)[0]?.match ?? "none";

    it("a passage that lacks them is related coverage, though it holds the kind of thing asked", () => {
      // The Baku fare is not the Istanbul fare; the district's deputy head is not ASCO's head.
      expect(answeredHere("How much is a ticket from Istanbul to Lachin?")).toBe("related");
      expect(answeredHere("Who is the head of ASCO?")).toBe("related");
      expect(answeredHere("How much is a ticket from Baku to Lachin?")).toBe("answer");
    });

    it("a name its whole article is about need not stand in the passage", () => {
      // "Lachin" stands in most sections: the ticket section answers though it names Baku alone.
      expect(answeredHere("How much is a ticket to Lachin?")).toBe("answer");
    });
  });

  it("the article's title and the section's heading say what the answer is about, though its sentences do not repeat it", () => {
    const rate = article(
      "rate",
      "2026-04-10T15:00:00+04:00",
      [
        { heading: null, paragraphs: ["The refinancing rate was lowered by 0.25 percentage points to 6.75 percent."] },
        {
          heading: "Economists urge caution",
          paragraphs: ["Some economists called the decision premature. Elnur Sadigov of the Baku Economic Research Centre said spending would rise."],
        },
      ],
      { title: "Central Bank of Azerbaijan cuts refinancing rate to 6.75 percent" },
    );
    // Words of other pages: "premature" is no rarer than the rate and the cut, so it is not half the question alone.
    const ward = article("ward", "2026-04-09T10:00:00+04:00", [
      { heading: null, paragraphs: ["A new ward for premature babies opened in Baku."] },
      { heading: "Care for premature babies", paragraphs: ["Nurses said premature babies would get care around the clock."] },
    ]);
    const engine = engineOf({ articles: [rate, ward], headlines: [] });
    expect(engine.search("who said the refinancing rate cut was premature")[0]).toMatchObject({ match: "answer", section: "Economists urge caution" });
  });

  it("a heading that alone names the thing asked about names it for each sentence of its section", () => {
    const harvest = article("harvest", "2026-09-20T10:00:00+04:00", [
      { heading: null, paragraphs: ["A night frost in April killed much of the blossom in the hazelnut orchards of six districts."] },
      {
        heading: "Compensation and insurance",
        paragraphs: [
          "The government will pay 250 manats per hectare to farmers who lost more than half their crop.",
          "Only 9 percent of the orchards were insured. From next year, frost damage will be covered by every orchard policy.",
        ],
      },
      {
        heading: "Three flights a week",
        paragraphs: [
          "By road, the journey from Baku to Zagatala takes about six hours. Most buyers still come by car. The hotels are full in September.",
          "Buyers from Italy arrive on a weekly flight.",
        ],
      },
    ]);
    const engine = engineOf({ articles: [harvest], headlines: [] });
    const [top] = engine.search("how much compensation per hectare will farmers get for the frost damage");
    expect(top).toMatchObject({ match: "answer", section: "Compensation and insurance" });
    expect(top!.excerpt).toContain("250 manats per hectare");
    // A section that names the thing itself says which of its sentences are on it: the road journey is no flight.
    expect(engine.search("how long is the flight to zagatala")[0]?.match).toBe("related");
  });

  it("who did it is a name beside what the question says was done, not beside the rest of its words", () => {
    const proxies = article("proxies", "2023-01-27T14:27:00+04:00", [
      {
        heading: "The threat of Iranian proxies",
        paragraphs: ["Most recently, the Hezbollah-like Huseyniyun armed movement emerged, which aims to topple the government in Baku."],
      },
      { heading: "Roots of the movement", paragraphs: ["The Huseyniyun movement was founded by Tohid Bahrami in Qom in 2015."] },
    ]);
    // "leads" is a commoner word here than "movement": the passage on the movement holds more than half of the rest.
    const road = article("road", "2023-01-26T10:00:00+04:00", [
      { heading: null, paragraphs: ["The new road leads to the Aghband checkpoint on the Aras."] },
      { heading: "A second lane", paragraphs: ["A second lane leads trucks around Zangilan."] },
      { heading: "Bridges", paragraphs: ["Each bridge leads over a gorge of the Hakari."] },
    ]);
    const engine = engineOf({ articles: [proxies, road], headlines: [] });
    expect(engine.search("Who leads the Huseyniyun movement?").every((answer) => answer.match === "related")).toBe(true);
    expect(engine.search("Who founded the Huseyniyun movement?")[0]).toMatchObject({ match: "answer", section: "Roots of the movement" });
  });

  it("a total for many is no price of one", () => {
    const floods = article("floods", "2026-04-14T16:25:00+04:00", [
      { heading: null, paragraphs: ["A flood warning system links 48 river gauges in the mountains with a control room in Guba."] },
      { heading: "Shamakhi and Ismayilli next", paragraphs: ["That stage will need another 70 gauges and 150 sirens and is expected to cost about 22 million manats."] },
    ]);
    const engine = engineOf({ articles: [floods], headlines: [] });
    expect(engine.search("How much does one river gauge cost?")[0]?.match).toBe("related");
    expect(engine.search("How much will the gauges of the next stage cost?")[0]).toMatchObject({ match: "answer", section: "Shamakhi and Ismayilli next" });
  });

  it("a sum prices what its section's heading alone names, as it prices what the title names", () => {
    const campus = article(
      "campus",
      "2026-09-15T10:00:00+04:00",
      [
        { heading: null, paragraphs: ["The university opened its new campus in Khankendi on Monday, with 3,200 students in its first year."] },
        {
          heading: "Tuition and grants",
          paragraphs: ["Most first-year students at Karabakh University study on state grants. The others pay 2,500 manats a year."],
        },
      ],
      { title: "Karabakh University opens new campus" },
    );
    const engine = engineOf({ articles: [campus], headlines: [] });
    expect(engine.search("how much does tuition cost at karabakh university")[0]).toMatchObject({ match: "answer", section: "Tuition and grants" });
  });

  it("a passage that puts another of the kind where the question's word stands speaks of something else", () => {
    const savers = article("savers", "2026-04-10T15:00:00+04:00", [
      { heading: null, paragraphs: ["Banks are expected to pass on the cut gradually."] },
      { heading: "What changes for savers", paragraphs: ["The average rate on one-year manat deposits is currently 9.1 percent."] },
      // The pages know the dollar: a word no page uses would tell nothing.
      { heading: "Reserves", paragraphs: ["The bank's reserves stood at 11.2 billion dollars."] },
    ]);
    const engine = engineOf({ articles: [savers], headlines: [] });
    expect(engine.search("What is the interest rate on dollar deposits?")[0]?.match).toBe("related");
    expect(engine.search("What is the interest rate on manat deposits?")[0]).toMatchObject({ match: "answer", section: "What changes for savers" });
  });

  it("a section whose heading asks the question's why comes before an opening that says as much", () => {
    const campus = article(
      "campus",
      "2026-09-14T17:20:00+04:00",
      [
        { heading: null, paragraphs: ["Karabakh University opened its new campus, moving its faculties of medicine and engineering into five buildings, because the region needs them."] },
        { heading: "Why medicine comes first", paragraphs: ["The faculty of medicine is the largest, because the hospitals being built in the region will need doctors."] },
        { heading: "Student life", paragraphs: ["The campus has a canteen, a clinic and a supermarket, since Khankendi still has few shops."] },
      ],
      { title: "Karabakh University opens new campus in Khankendi" },
    );
    const engine = engineOf({ articles: [campus], headlines: [] });
    expect(engine.search("Why is medicine the biggest faculty at Karabakh University?")[0]).toMatchObject({ match: "answer", section: "Why medicine comes first" });
  });

  it("a question's year is one the passage names or appeared in", () => {
    const cup = { ...headline("Azerbaijani gymnast wins world cup gold in Cottbus"), publishedAt: "2026-11-28T09:06:00+04:00" };
    const engine = engineOf({ articles: [], headlines: [cup] });
    expect(engine.search("world cup gold 2022")[0]?.match).toBe("related");
    expect(engine.search("world cup gold 2026")[0]?.match).toBe("answer");
  });

  it("the section whose sum stands on the question's words comes before one that gives another sum", () => {
    const campus = article(
      "campus",
      "2026-09-14T17:20:00+04:00",
      [
        { heading: null, paragraphs: ["Karabakh University opened its new campus in Khankendi on Monday."] },
        {
          heading: "Five buildings on the Qarqar",
          paragraphs: [
            "It covers 34 hectares.",
            "The new campus of Karabakh University cost 275 million manats from the state budget.",
          ],
        },
        {
          heading: "Life in Khankendi",
          paragraphs: [
            "Students on the new campus, the newest in the region, say life there is hard.",
            "Karabakh University says the cost of living there is high.",
            "Food alone costs them 200 manats a month.",
          ],
        },
      ],
      { title: "Karabakh University opens new campus in Khankendi" },
    );
    // Both sections hold every word of the question, and the second repeats them more; but its sum stands on
    // "cost" alone, two sentences after "campus", while the first's stands on all of them.
    const engine = engineOf({ articles: [campus], headlines: [] });
    expect(engine.search("How much did the new Karabakh University campus cost?")[0]).toMatchObject({ match: "answer", section: "Five buildings on the Qarqar" });
  });

  it("a year still to come is not when something was first done", () => {
    const port = article("alat", "2026-02-18T14:35:00+04:00", [
      { heading: null, paragraphs: ["The port at Alat will begin the second phase of its expansion in June."] },
      { heading: "The second phase in figures", paragraphs: ["The first two berths are due to open at the end of 2027."] },
    ]);
    const engine = engineOf({ articles: [port], headlines: [] });
    expect(engine.search("When was the Alat port first opened?")[0]?.match).toBe("related");
    expect(engine.search("When will the first berths at Alat open?")[0]).toMatchObject({ match: "answer", section: "The second phase in figures" });
  });

  it("a rate of things is how often, not how long: two flights a week", () => {
    const airport = article("flights", "2026-05-16T12:40:00+04:00", [
      { heading: null, paragraphs: ["AZAL flies from Baku to Lachin on Tuesdays and Saturdays."] },
      { heading: "Istanbul next", paragraphs: ["AJet will fly from Istanbul to Lachin from October, with two flights a week."] },
    ]);
    const engine = engineOf({ articles: [airport], headlines: [] });
    expect(engine.search("how long is the flight from istanbul to lachin")[0]?.match).toBe("related");
    expect(engine.search("how often will AJet fly from istanbul to lachin")[0]).toMatchObject({ match: "answer", section: "Istanbul next" });
  });

  it("advice about the reader's own doing gets no answer, though it shares a word with the page", () => {
    expect(seed.search("how do I paint the corridor of my flat")).toEqual([]);
    expect(seed.search("which drill should I buy")).toEqual([]);
  });
});
