import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Segmented } from "./segmented.tsx";

describe("Segmented", () => {
  it("is a labelled radio group whose checked choice follows the value", () => {
    const onChange = vi.fn();
    render(
      <Segmented
        legend="Total"
        value="basic"
        onChange={onChange}
        choices={[
          { value: "basic", label: "BASIC" },
          { value: "basicPlus", label: "BASIC+" },
        ]}
      />,
    );
    expect(screen.getByRole("group", { name: "Total" })).toBeTruthy();
    const basic = screen.getByRole("radio", { name: "BASIC" }) as HTMLInputElement;
    const plus = screen.getByRole("radio", { name: "BASIC+" }) as HTMLInputElement;
    expect(basic.checked).toBe(true);
    expect(plus.checked).toBe(false);
    fireEvent.click(plus);
    expect(onChange).toHaveBeenCalledWith("basicPlus");
  });
});
