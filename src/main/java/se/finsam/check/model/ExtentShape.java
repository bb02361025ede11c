package se.finsam.check.model;

/** How the extent of a post is written: not at all, one percentage, a sum ("50+40%") or a range ("50-75%"). */
public enum ExtentShape { NONE, SINGLE, SUM, RANGE }
