import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MentoringSuggestions, Programme } from "../../api/members.ts";
import { MentoringSuggestionsSection } from "./mentoring-suggestions.tsx";
import { MentoringPairs } from "./programme-page.tsx";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe("MentoringSuggestionsSection", () => {
  it("shows each suggested pair with the mentor's cut, the partner's need and what they share", () => {
    const data: MentoringSuggestions = {
      rule: "mentors are the members with the largest verified reductions",
      pairs: [
        {
          mentor: {
            id: id(1),
            name: "Oslo",
            reduction: { baseYear: 2009, latestYear: 2021, absolute: 412_345, percent: 27.84 },
          },
          partner: {
            id: id(2),
            name: "Bergen",
            need: "no verified reduction yet",
            score: 0.8,
            matched: ["same region", "coastal"],
          },
        },
      ],
    };
    render(<MentoringSuggestionsSection data={data} />);
    const region = screen.getByRole("region", { name: "Suggested mentoring pairs" });
    const [item] = within(region).getAllByRole("listitem");
    expect(item?.textContent).toContain("Oslo mentors Bergen");
    expect(item?.textContent).toContain("Cut 412,345 tCO2e (27.8%) from 2009 to 2021.");
    expect(item?.textContent).toContain("Needs: no verified reduction yet");
    expect(item?.textContent).toContain("Alike in: same region · coastal");
    expect(within(region).getByRole("link", { name: "Bergen" }).getAttribute("href")).toBe(
      `/jurisdictions/${id(2)}`,
    );
    expect(region.textContent).toContain(data.rule);
  });

  it("says why there are none", () => {
    render(<MentoringSuggestionsSection data={{ rule: "r", pairs: [] }} />);
    expect(screen.getByText(/No suggestions yet/)).toBeTruthy();
  });
});

describe("MentoringPairs", () => {
  it("lists a programme's mentor and mentee pairs, or says there are none", () => {
    const side = (n: number, name: string) => ({ jurisdictionId: id(n), jurisdictionName: name });
    const programme = { mentoring: [{ mentor: side(1, "Seoul"), mentee: side(2, "Suwon") }] } as Programme;
    const { unmount } = render(<MentoringPairs programme={programme} />);
    expect(screen.getByRole("listitem").textContent).toBe("Seoul mentors Suwon");
    unmount();
    render(<MentoringPairs programme={{ ...programme, mentoring: [] }} />);
    expect(screen.getByText("No mentoring pairs yet.")).toBeTruthy();
  });
});
