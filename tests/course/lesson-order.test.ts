import { describe, expect, it } from "vitest";
import { exercisesShownIn, lessonOrder } from "../../src/course/lesson-order.ts";

describe("exercisesShownIn", () => {
  it("lists the exercises a lesson shows, in the order it shows them", () => {
    const body = `Text\n<Predict slug="zeta" />\nMore\n<Exercise slug='alpha' />\n<Exercise  slug="mid" />`;
    expect(exercisesShownIn(body)).toEqual(["zeta", "alpha", "mid"]);
  });
});

describe("lessonOrder", () => {
  it("puts shown exercises in page order and the rest after them by slug", () => {
    const exercises = [{ slug: "a" }, { slug: "b" }, { slug: "c" }, { slug: "d" }];
    expect(lessonOrder(exercises, ["c", "a"]).map((e) => e.slug)).toEqual(["c", "a", "b", "d"]);
  });
});
