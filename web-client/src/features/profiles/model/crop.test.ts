import { describe, expect, it } from "vitest";
import { ASPECT, cropPlan, outputType } from "./crop";

describe("cropPlan", () => {
  it("scales a large avatar area down to the 512 × 512 the server keeps", () => {
    const plan = cropPlan("avatar", { x: 100, y: 50, width: 2000, height: 2000 }, { width: 3000, height: 2400 });
    expect(plan.source).toEqual({ x: 100, y: 50, width: 2000, height: 2000 });
    expect(plan).toMatchObject({ width: 512, height: 512 });
  });

  it("never scales a small area up", () => {
    const plan = cropPlan("avatar", { x: 0, y: 0, width: 300, height: 300 }, { width: 300, height: 400 });
    expect(plan).toMatchObject({ width: 300, height: 300 });
  });

  it("scales a cover to 1640 wide, keeping the frame's shape", () => {
    const plan = cropPlan("cover", { x: 0, y: 200, width: 4000, height: 1522 }, { width: 4000, height: 3000 });
    expect(plan.width).toBe(1640);
    expect(plan.height).toBe(624); // 1522 × 1640 / 4000 = 624.02
    expect(plan.width / plan.height).toBeCloseTo(ASPECT.cover, 2);
  });

  it("keeps a cover narrower than 1640 as it is", () => {
    const plan = cropPlan("cover", { x: 10, y: 20, width: 1280, height: 487 }, { width: 1300, height: 900 });
    expect(plan).toMatchObject({ width: 1280, height: 487 });
  });

  it("rounds the library's fractional pixels and keeps the source inside the image", () => {
    const plan = cropPlan("avatar", { x: -0.4, y: 99.6, width: 400.7, height: 400.7 }, { width: 400, height: 500 });
    expect(plan.source).toEqual({ x: 0, y: 100, width: 400, height: 400 });
    expect(plan).toMatchObject({ width: 400, height: 400 });
  });
});

describe("outputType", () => {
  it("keeps transparency as PNG and makes everything else JPEG", () => {
    expect(outputType(new File([], "a.png", { type: "image/png" }))).toBe("image/png");
    expect(outputType(new File([], "a.gif", { type: "image/gif" }))).toBe("image/png");
    expect(outputType(new File([], "a.jpg", { type: "image/jpeg" }))).toBe("image/jpeg");
  });
});
