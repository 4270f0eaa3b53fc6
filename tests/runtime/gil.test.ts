/**
 * The GIL and the virtual cores (runtime/guest/gil.ts): CPU work books a shared resource over
 * virtual time, first come, first served, filling the gaps earlier bookings left. These tests run
 * the ledger directly in Node; executors.test.ts shows the same rules through real programs.
 */
import { describe, expect, it } from "vitest";
import { CPU_COUNT, Ledger } from "../../runtime/guest/gil.ts";

describe("Ledger.place", () => {
  it("runs work at once on a free resource", () => {
    const gil = new Ledger(1);
    expect(gil.place(2, 1)).toBe(3);
  });

  it("makes work wait for a single-unit resource booked by earlier work", () => {
    const gil = new Ledger(1);
    expect([gil.place(0, 1), gil.place(0, 1), gil.place(0, 1), gil.place(0, 1)]).toEqual([1, 2, 3, 4]);
  });

  it("fills the gaps between bookings, splitting the work", () => {
    const gil = new Ledger(1);
    gil.place(1, 1); // [1, 2)
    gil.place(3, 1); // [3, 4)
    // 2.5 s of work from 0: [0, 1) + [2, 3) + [4, 4.5)
    expect(gil.place(0, 2.5)).toBe(4.5);
  });

  it("runs as many jobs at once as it has units", () => {
    const cores = new Ledger(CPU_COUNT);
    const ends = Array.from({ length: 8 }, () => cores.place(0, 1));
    expect(ends).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it("only looks when asked not to book", () => {
    const gil = new Ledger(1);
    gil.place(0, 1);
    expect(gil.place(0, 0.5, false)).toBe(1.5);
    expect(gil.place(0, 0.5, false)).toBe(1.5);
  });
});
