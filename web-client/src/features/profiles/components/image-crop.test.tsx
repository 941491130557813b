import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ImageCrop from "./image-crop";

/** jsdom decodes no images: the chosen picture "loads" as 1200 × 800 in a 600 × 400 frame box. */
function loadPicture() {
  const picture = screen.getByAltText("The new profile picture, to frame") as HTMLImageElement;
  Object.defineProperty(picture, "naturalWidth", { value: 1200 });
  Object.defineProperty(picture, "naturalHeight", { value: 800 });
  vi.spyOn(picture, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 600, 400));
  vi.spyOn(picture.parentElement!, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 600, 400));
  fireEvent.load(picture);
}

describe("ImageCrop", () => {
  beforeEach(() => {
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: () => "blob:picture", revokeObjectURL: () => undefined }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("frames the picture in a labelled, keyboard-usable crop frame with a labelled zoom slider", async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ImageCrop kind="avatar" file={new File(["x"], "me.jpg", { type: "image/jpeg" })} onDone={() => undefined} />
      </QueryClientProvider>,
    );
    loadPicture();
    const frame = await screen.findByRole("group", { name: "Profile picture frame" });
    expect(document.getElementById(frame.getAttribute("aria-describedby")!)?.textContent).toMatch(/arrow keys/);
    expect(frame.className).toContain("reactEasyCrop_CropAreaRound");
    const zoom = screen.getByRole<HTMLInputElement>("slider", { name: "Zoom" });
    expect(zoom.value).toBe("1");

    frame.focus();
    await user.keyboard("++");
    expect(zoom.value).toBe("1.2");
    await user.keyboard("-");
    expect(zoom.value).toBe("1.1");

    const before = (screen.getByAltText("The new profile picture, to frame") as HTMLImageElement).style.transform;
    await user.keyboard("{ArrowLeft}");
    expect((screen.getByAltText("The new profile picture, to frame") as HTMLImageElement).style.transform).not.toBe(before);
  });
});
