import { describe, expect, it } from "vitest";
import { askedFor, asksAdvice, countedByNumbers, givesAskedTest, headingAnnounces, holdsAsked, namedByHeadingAlone, namesNoSubject, yearsFitTense } from "../../src/search/asked.js";
import { createTermFolder, tokenize } from "../../src/search/tokenize.js";
import { questionWord } from "./helpers/question-words.js";

const noQuestionWord = () => false;

describe("what a question asks for", () => {
  it.each([
    ["How many people did Azerbaijan detain?", "amount"],
    ["how long is the aras river", "amount"],
    ["What is the population of Baku?", "amount"],
    ["When did the drills take place?", "date"],
    ["how long ago did relations sour", "date"],
    ["Who is Velayati?", "person"],
    ["Where did the Mighty Iran drills take place?", "place"],
    ["Why did Azerbaijan detain 19 people?", "cause"],
    ["Zangezur corridor", null],
    ["What is the Huseyniyun movement?", null],
  ])("%j asks for %s", (question, asked) => {
    expect(askedFor(question).asked).toBe(asked);
  });

  it("tells a measure (a length, an age, a price) from a count, and names the words that only ask", () => {
    expect(askedFor("how long is the river")).toMatchObject({ measure: ["length", "span"], markers: new Set(["long"]) });
    expect(askedFor("how many drills were held")).toMatchObject({ measure: null, markers: new Set(["many"]) });
  });

  it("reads a count in a unit as a measure of the unit's kind, and the unit as a word that only asks", () => {
    expect(askedFor("How many days did the Mighty Iran drills last?")).toMatchObject({ measure: ["span"], markers: new Set(["many", "days"]) });
    expect(askedFor("how many kilometres of road were built")).toMatchObject({ measure: ["length"] });
    expect(askedFor("how many manats does a ticket cost")).toMatchObject({ measure: ["money"] });
    expect(askedFor("how many people were detained")).toMatchObject({ measure: null, markers: new Set(["many"]) });
    expect(askedFor("How much prize money did Kiprotich win?")).toMatchObject({ measure: ["money"], markers: new Set(["much", "money"]) });
    expect(askedFor("how long did the drills last, in days")).toMatchObject({ measure: ["length", "span"], markers: new Set(["long", "days"]) });
    expect(askedFor("how much does a ticket cost in manats")).toMatchObject({ measure: ["money"], markers: new Set(["much", "manats"]) });
  });

  it("names the kind of measure by the question's cue word, any kind when it names none", () => {
    expect(askedFor("How old is the governor?").measure).toEqual(["age"]);
    expect(askedFor("how much does it cost to ship a container").measure).toEqual(["money"]);
    expect(askedFor("What is the population of Ganja?").measure).toEqual(["people"]);
    expect(askedFor("how far is Lachin from Baku").measure).toEqual(["length"]);
    expect(askedFor("how much cargo did the port handle").measure).toEqual(["any"]);
    expect(askedFor("how loud are the flood sirens in decibels")).toMatchObject({ measure: ["loudness"], markers: new Set(["loud", "decibels"]) });
    expect(askedFor("how hot does it get in Baku in July").measure).toEqual(["temperature"]);
    expect(askedFor("what was the temperature in Lankaran").measure).toEqual(["temperature"]);
    expect(askedFor("how many degrees was it in June").measure).toEqual(["temperature"]);
  });

  it("tells a question asked of one thing", () => {
    expect(askedFor("How much does one river gauge cost?").perUnit).toBe(true);
    expect(askedFor("how much did each phone locker cost").perUnit).toBe(true);
    expect(askedFor("how much did the river gauges cost").perUnit).toBe(false);
  });

  it("reads what a sum's verb takes as a sum, but not what it pays for", () => {
    expect(askedFor("what do students pay for the opera's training studio")).toMatchObject({ asked: "amount", measure: ["money"] });
    expect(askedFor("what did the couriers get paid")).toMatchObject({ asked: "amount", measure: ["money"] });
    expect(askedFor("what did the grant pay for?").asked).toBeNull();
  });

  it("lets the question's own how decide over a sum's verb it also uses", () => {
    expect(askedFor("how long do teenagers spend on their phones every day").measure).toEqual(["length", "span"]);
    expect(askedFor("how often do they pay the rent").measure).toEqual(["frequency"]);
    expect(askedFor("what age do they pay full fare from").measure).toEqual(["money"]);
  });
});

describe("whether a sentence holds what was asked", () => {
  const amount = askedFor("how many people were detained");
  const measure = askedFor("how long is the river");
  it("an amount is a number that is not a year; a measure has its unit", () => {
    expect(holdsAsked("Azerbaijan also detained 19 people.", amount, noQuestionWord)).toBe(true);
    expect(holdsAsked("Relations have been strained since the 2020 war.", amount, noQuestionWord)).toBe(false);
    expect(holdsAsked("The river is 1,072 km long.", measure, noQuestionWord)).toBe(true);
    expect(holdsAsked("It forms a section of the border between the two countries.", measure, noQuestionWord)).toBe(false);
  });

  it("a count is not a span or a day of a month, which say how long or when", () => {
    const count = askedFor("How many monitors does the EU mission have?");
    expect(holdsAsked("It was upgraded to a two-year monitoring mission.", count, noQuestionWord)).toBe(false);
    expect(holdsAsked("On December 31, the ministers spoke by phone.", count, noQuestionWord)).toBe(false);
    expect(holdsAsked("The drills lasted for 40 days.", count, noQuestionWord)).toBe(false);
    expect(holdsAsked("The mission has about 100 monitors.", count, noQuestionWord)).toBe(true);
    expect(holdsAsked("Two years later, 19 people were detained.", count, noQuestionWord)).toBe(true);
  });

  it("a measure is of the kind asked: an age for how old, a sum for a price, a length or a time for how long", () => {
    const age = askedFor("how old is the governor");
    expect(holdsAsked("The 61-year-old governor took office in 2019.", age, noQuestionWord)).toBe(true);
    expect(holdsAsked("Inflation stayed inside the band for seven months in a row.", age, noQuestionWord)).toBe(false);
    const price = askedFor("how much does a ticket cost");
    expect(holdsAsked("A one-way ticket costs 120 manats.", price, noQuestionWord)).toBe(true);
    expect(holdsAsked("Tickets went on sale for $89.", price, noQuestionWord)).toBe(true);
    expect(holdsAsked("It buys the output at 3.2 US cents per kilowatt-hour.", price, noQuestionWord)).toBe(true);
    expect(holdsAsked("The total cost is estimated at 620 million US dollars.", price, noQuestionWord)).toBe(true);
    expect(holdsAsked("The port handled 7.4 million tonnes of cargo.", price, noQuestionWord)).toBe(false);
    const duration = askedFor("how long does the drive take");
    expect(holdsAsked("The tunnel cuts the drive by about an hour, to roughly four and a half hours.", duration, noQuestionWord)).toBe(true);
    expect(holdsAsked("The crossing takes 18 hours.", duration, noQuestionWord)).toBe(true);
    expect(holdsAsked("It was a 58-minute flight over a 12.7-kilometre section.", duration, noQuestionWord)).toBe(true);
    expect(holdsAsked("The drive is long and winding.", duration, noQuestionWord)).toBe(false);
    const any = askedFor("how much cargo did the port handle");
    expect(holdsAsked("The port handled 7.4 million tonnes.", any, noQuestionWord)).toBe(true);
    expect(holdsAsked("Its share rose to 12% of the total.", any, noQuestionWord)).toBe(true);
    expect(holdsAsked("The port handled more cargo than ever.", any, noQuestionWord)).toBe(false);
    expect(holdsAsked("Ferries now sail weekly.", any, noQuestionWord)).toBe(false);
  });

  it("a frequency answers how often: times in a period, not a count of things", () => {
    const often = askedFor("how often do the ferries sail");
    expect(often).toMatchObject({ asked: "amount", measure: ["frequency"], markers: new Set(["often"]) });
    expect(holdsAsked("Ferries sail twice a week from Alat.", often, noQuestionWord)).toBe(true);
    expect(holdsAsked("The board meets every two months.", often, noQuestionWord)).toBe(true);
    expect(holdsAsked("Flights run daily in the summer.", often, noQuestionWord)).toBe(true);
    expect(holdsAsked("Iran held two large-scale drills near the border.", often, noQuestionWord)).toBe(false);
    expect(holdsAsked("Once the snow has cleared, the surveys begin.", often, noQuestionWord)).toBe(false);
  });

  it("a loudness is in decibels, a temperature in degrees: a siren's three minutes are neither", () => {
    const loud = askedFor("how loud are the flood sirens");
    expect(holdsAsked("Each siren reaches 120 decibels at a distance of 30 metres.", loud, noQuestionWord)).toBe(true);
    expect(holdsAsked("The sirens sounded for three minutes along the rivers.", loud, noQuestionWord)).toBe(false);
    const hot = askedFor("how hot did it get in the lowland");
    expect(holdsAsked("Temperatures in the lowland reached 42 degrees Celsius in June.", hot, noQuestionWord)).toBe(true);
    expect(holdsAsked("It was 42°C in Kurdamir.", hot, noQuestionWord)).toBe(true);
    expect(holdsAsked("The lowland lost 40 percent of its harvest.", hot, noQuestionWord)).toBe(false);
  });

  it("how fast asks for a rate of any measure, not for the money its words name", () => {
    const fast = askedFor("how fast are food prices rising");
    expect(fast).toMatchObject({ asked: "amount", measure: ["any"] });
    expect(holdsAsked("Food prices rose by 4.8 percent over the year.", fast, noQuestionWord)).toBe(true);
    expect(holdsAsked("Food prices kept rising through the winter.", fast, noQuestionWord)).toBe(false);
    expect(askedFor("how quickly did the ambulance arrive").measure).toEqual(["any"]);
  });

  it("a date is a month, a year, a day or a time", () => {
    const date = askedFor("when did it happen");
    expect(holdsAsked("In an interview aired on state TV on Nov. 4, members raised doubts.", date, noQuestionWord)).toBe(true);
    expect(holdsAsked("Members raised doubts about the borders.", date, noQuestionWord)).toBe(false);
    expect(holdsAsked("Tensions have risen in recent months, and the two have quarrelled for decades.", date, noQuestionWord)).toBe(false);
    expect(holdsAsked("Iran may march its troops to the border.", date, noQuestionWord)).toBe(false);
    expect(holdsAsked("The drills began in May and ended on 3 March.", date, noQuestionWord)).toBe(true);
  });

  it("a question word after the question's first opens a clause, and asks nothing", () => {
    expect(askedFor("what went wrong when they were digging the tunnel")).toMatchObject({ asked: null });
    expect(askedFor("Who said when the talks would resume?")).toMatchObject({ asked: "person" });
    expect(askedFor("tell me when the drills took place")).toMatchObject({ asked: "date" });
    // Words that are no question words still say what is asked, wherever they stand.
    expect(askedFor("What is the population of Baku?")).toMatchObject({ asked: "amount", measure: ["people"] });
  });

  it("a sum is asked by what is paid, spent or earned, not only by a price", () => {
    for (const question of ["how much will Azerenerji pay for the power", "how much did the ministry spend", "how much do lecturers earn"])
      expect(askedFor(question)).toMatchObject({ asked: "amount", measure: ["money"] });
    // A fee, a fare or a salary is a sum, asked by its name alone.
    for (const question of ["tuition fees at the university", "what salary do doctors get", "bus fare to the airport"])
      expect(askedFor(question)).toMatchObject({ asked: "amount", measure: ["money"] });
  });

  it("a sentence gives what is asked beside the thing asked about, when the question names one", () => {
    const fold = createTermFolder();
    const word = (surface: string, focus = false) => questionWord(surface, fold, { focus });
    const sentence = (text: string) => ({ text, terms: tokenize(text, fold).map(({ term }) => term) });
    const flight = givesAskedTest([word("flight", true), word("lachin")], askedFor("how long is the flight to lachin"), fold)!;
    expect(flight(sentence("The flight from Baku took 58 minutes."))).toBe(true);
    expect(flight(sentence("By road, the journey to Lachin takes about six hours."))).toBe(false);
    expect(flight(sentence("The flight was full."))).toBe(false);
    // With no focus, any sentence that gives the kind of thing asked.
    const designed = givesAskedTest([word("designed"), word("stations")], askedFor("who designed the stations"), fold)!;
    expect(designed(sentence("Both were designed by the architect Nigar Sultanova."))).toBe(true);
    expect(givesAskedTest([word("corridor")], askedFor("tell me about the corridor"), fold)).toBeUndefined();
    // A heading that names the flight for the whole section lets a sentence give it unnamed.
    expect(flight(sentence("It took 58 minutes."), true)).toBe(true);
  });

  it("a heading names a question's word for its section only when none of the section's sentences names it", () => {
    const fold = createTermFolder();
    const terms = (text: string) => new Set(tokenize(text, fold).map(({ term }) => term));
    const sentence = (text: string) => ({ terms: terms(text) });
    const compensation = questionWord("compensation", fold, { focus: true });
    const hectare = questionWord("hectare", fold);
    const heading = terms("Compensation and insurance");
    const named = (sentences: string[], head = heading) => [...namedByHeadingAlone([compensation, hectare], head, sentences.map(sentence))];
    expect(named(["The state will pay 250 manats per hectare."])).toEqual([compensation]);
    expect(named(["The state will pay 250 manats per hectare.", "Compensation is paid by December."])).toEqual([]);
    expect(named(["The state will pay 250 manats per hectare."], terms("Tickets and prices"))).toEqual([]);
    expect(named(["The state pays 250 manats."], terms("Compensation per hectare"))).toEqual([compensation, hectare]);
  });

  it("a heading that opens with the question's own question word announces the answer", () => {
    const why = askedFor("Why is medicine the biggest faculty?");
    expect(headingAnnounces("Why medicine comes first", why)).toBe(true);
    expect(headingAnnounces("Medicine comes first", why)).toBe(false);
    expect(headingAnnounces("Whyte's report", why)).toBe(false);
    expect(headingAnnounces(null, why)).toBe(false);
    expect(headingAnnounces("Why medicine comes first", askedFor("who teaches medicine"))).toBe(false);
    expect(headingAnnounces("Why medicine comes first", askedFor("medicine faculty"))).toBe(false);
  });

  it("a year dates what the question asks only in its tense: a year still to come is not when it was opened", () => {
    expect(askedFor("When was the port first opened?").tense).toBe("past");
    expect(askedFor("when will the reservoir be full again").tense).toBe("future");
    expect(askedFor("what day is the vote").tense).toBeNull();
    const opens = "The first two berths are due to open at the end of 2027.";
    expect(yearsFitTense(opens, "past", 2026)).toBe(false);
    expect(yearsFitTense(opens, "future", 2026)).toBe(true);
    expect(yearsFitTense("The port opened in 2011 and grew in 2027.", "past", 2026)).toBe(true);
    expect(yearsFitTense("The old terminal closed in 2019.", "future", 2026)).toBe(false);
    // No year, no tense, or no date of the page: nothing to hold against it.
    expect(yearsFitTense("The berths open in June.", "past", 2026)).toBe(true);
    expect(yearsFitTense(opens, null, 2026)).toBe(true);
    expect(yearsFitTense(opens, "past", null)).toBe(true);
  });

  it("a person or a place is a name the question does not already give", () => {
    const person = askedFor("who said it");
    const isVelayati = (word: string) => word.toLowerCase() === "velayati";
    expect(holdsAsked("Velayati, a senior adviser to Khamenei, wrote it.", person, isVelayati)).toBe(true);
    expect(holdsAsked("the column by Velayati was read widely.", person, isVelayati)).toBe(false);
    const place = askedFor("where were the drills");
    expect(holdsAsked("The drills were held near the border.", place, noQuestionWord)).toBe(true);
    expect(holdsAsked("the drills were large.", place, noQuestionWord)).toBe(false);
  });

  it("a cause has a cue word of cause or purpose", () => {
    const cause = askedFor("why were they detained");
    expect(holdsAsked("They were detained because they worked for a foreign service.", cause, noQuestionWord)).toBe(true);
    expect(holdsAsked("They were detained in November.", cause, noQuestionWord)).toBe(false);
    expect(holdsAsked("The land there is flat, which is why the site was chosen.", cause, noQuestionWord)).toBe(true);
    expect(holdsAsked("Over the past ten years floods damaged about 1,300 houses.", cause, noQuestionWord)).toBe(false);
    expect(holdsAsked("After a heavy storm the water can rise by two metres, as fast as a man can run.", cause, noQuestionWord)).toBe(false);
  });
});

describe("advice about the reader's own doing, or a work asked of the bot", () => {
  it("is told from a question about the news", () => {
    expect(
      [
        "how to fix my car engine",
        "which drill should I buy",
        "How do I get a visa?",
        "can you recommend a film for tonight",
        "best pontoon boat for a small lake",
        "write me a short poem about autumn",
        "Could you compose a song about Baku?",
      ].map(asksAdvice),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(
      [
        "How did Iran respond to the drills?",
        "what could happen if they fight",
        "tell me about the corridor",
        "Where can I read about the corridor?",
        "who was the best Azerbaijani runner",
        "who wrote the song sung at the opening",
      ].map(asksAdvice),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe("a question that names no subject", () => {
  const words = (...surfaces: string[]) => surfaces.map((surface) => ({ surface, marker: false }));

  it("is one made of numbers and units alone: a sum to work out", () => {
    expect(namesNoSubject(words("15", "percent", "80"))).toBe(true);
    expect(namesNoSubject(words("2", "plus", "2"))).toBe(true);
    expect(namesNoSubject([...words("12", "kilometres"), { surface: "long", marker: true }])).toBe(true);
  });

  it("is not one that names anything else, a year beside a name included", () => {
    expect(namesNoSubject(words("won", "World", "Cup", "2022"))).toBe(false);
    expect(namesNoSubject(words("5G", "speed"))).toBe(false);
    expect(namesNoSubject([])).toBe(false);
  });
});

describe("what a sentence's amounts count", () => {
  it("is the few words after each number, up to the punctuation", () => {
    expect(countedByNumbers("Azerbaijan also detained 19 people, alleging that they were spies.").trim()).toBe("people");
    expect(countedByNumbers("Iran held two large-scale drills near the border.").trim()).toBe("large-scale drills near");
    expect(countedByNumbers("In 2022 the talks stalled.")).toBe("");
  });
});
