import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProfileCard } from "./profile-card";

describe("a profile card", () => {
  it("shows user content as text, never as HTML", () => {
    const attack = "<img src=x onerror=alert(1)>";
    const { container } = render(<ProfileCard profile={{ id: "1", displayName: attack, bio: attack }} />);

    expect(screen.getByRole("heading", { name: attack })).toBeDefined();
    expect(container.querySelector("img[src=x]")).toBeNull();
  });

  it("shows only the parts the viewer may see", () => {
    render(<ProfileCard profile={{ id: "1", displayName: "Ana", work: "Acme", relationshipStatus: "ITS_COMPLICATED" }} />);

    expect(screen.getByText("Acme")).toBeDefined();
    expect(screen.getByText("It's complicated")).toBeDefined();
    expect(screen.queryByText("Bio")).toBeNull();
  });
});
