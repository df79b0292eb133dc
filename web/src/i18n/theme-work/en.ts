/** English messages of the theme report, TAP project and Gateway provider forms and the resilience goal page. */
export const enThemeWork = {
  themeWork: {
    resilience: {
      title: "Resilience goal",
      intro:
        "The plan's goal: 25% of members report risks, a resilience policy, adaptation commitments, adaptation plans and adaptation actions.",
      members: "Members",
      elementsMet: "Elements at the goal",
      met: "The goal is met",
      notMet: "The goal is not met yet",
      regions: "Regions",
      network: "Across the network",
      chartNetwork: "Share of members reporting each element",
      element: "Element",
      count: "Members",
      share: "Share of members",
      meets: "Meets the goal",
      yes: "yes",
      no: "no",
      byRegion: "By region",
      chartRegions: "Share of members per region",
      region: "Region",
      noRegion: "No region",
      noMembers: "No member yet.",
      goalLine: "goal {{share}}",
      elements: {
        risks: "Risks",
        policy: "Resilience policy",
        commitments: "Adaptation commitments",
        plans: "Adaptation plans",
        actions: "Adaptation actions",
      },
    },
  },
};
