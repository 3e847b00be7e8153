/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      anonymousAccess\n      seesUnverified\n      account { ...SessionAccount }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionAccount on Account {\n    id username displayName mustChangePassword\n    grants { role regionCode }\n  }\n": typeof types.SessionAccountFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      account { ...SessionAccount }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionAccount }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) { code name level kind }\n  }\n": typeof types.RegionNameDocument,
    "\n  query Catalogue {\n    indicators {\n      code nameId nameEn unitId unitEn decimals direction periodicity periodMonths levels topic source\n      coverage { observations periods }\n      seriesBreaks { indicatorCode regionCode startsAt reasonId reasonEn }\n    }\n    planningDocuments {\n      code title kind startYear endYear regionCode legalBasis\n      targets { indicatorCode regionCode year value lowerBound upperBound baselineYear baselineValue note }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query RegionInfo($code: String!) {\n    region(code: $code) {\n      code name level kind parentCode\n      ancestors { code name level kind }\n    }\n  }\n": typeof types.RegionInfoDocument,
    "\n  query RegionSearch($search: String!) {\n    regions(search: $search, limit: 15) { code bpsCode name level kind }\n  }\n": typeof types.RegionSearchDocument,
    "\n  query Dataset {\n    dataset { kind label labelEn seed }\n  }\n": typeof types.DatasetDocument,
    "\n  fragment SeriesFields on Series {\n    indicatorCode regionCode frequency\n    region { code name level kind }\n    points {\n      period value breakBefore breakReasonId breakReasonEn updatedAt\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n": typeof types.SeriesFieldsFragmentDoc,
    "\n  fragment ProgressFields on TargetProgress {\n    regionCode indicatorCode status goal gapScore targetRegionCode\n    target { year value lowerBound upperBound }\n    baseline { period value }\n    latest { period value }\n    requiredChangePerYear actualChangePerYear projectedValue\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  fragment ComparisonFields on Comparison {\n    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level\n    parent { code name level kind }\n    summary { count min max }\n    rows {\n      rank quartile regionCode value previousValue change changeNotComparable differenceFromParent differenceFromNational\n      period updatedAt\n      region { code name level kind }\n      peers { code name level kind }\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n": typeof types.ComparisonFieldsFragmentDoc,
    "\n  fragment DeckFields on Deck {\n    id title regionCode linkSharing ownerName canEdit canDelete createdAt updatedAt slideCount\n    slides { id position chart view title headline notes }\n  }\n": typeof types.DeckFieldsFragmentDoc,
    "\n  query Decks {\n    decks { id title regionCode linkSharing slideCount createdAt updatedAt }\n  }\n": typeof types.DecksDocument,
    "\n  query Deck($id: ID!) {\n    deck(id: $id) { ...DeckFields }\n  }\n": typeof types.DeckDocument,
    "\n  mutation CreateDeck($input: NewDeckInput!) {\n    createDeck(input: $input) { ...DeckFields }\n  }\n": typeof types.CreateDeckDocument,
    "\n  mutation RenameDeck($id: ID!, $title: String!) {\n    renameDeck(id: $id, title: $title) { ...DeckFields }\n  }\n": typeof types.RenameDeckDocument,
    "\n  mutation SetDeckLinkSharing($id: ID!, $linkSharing: Boolean!) {\n    setDeckLinkSharing(id: $id, linkSharing: $linkSharing) { ...DeckFields }\n  }\n": typeof types.SetDeckLinkSharingDocument,
    "\n  mutation DuplicateDeck($id: ID!, $title: String) {\n    duplicateDeck(id: $id, title: $title) { ...DeckFields }\n  }\n": typeof types.DuplicateDeckDocument,
    "\n  mutation DeleteDeck($id: ID!) {\n    deleteDeck(id: $id)\n  }\n": typeof types.DeleteDeckDocument,
    "\n  mutation AddDeckSlides($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {\n    addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ...DeckFields }\n  }\n": typeof types.AddDeckSlidesDocument,
    "\n  mutation UpdateDeckSlide($id: ID!, $input: DeckSlideChanges!) {\n    updateDeckSlide(id: $id, input: $input) { ...DeckFields }\n  }\n": typeof types.UpdateDeckSlideDocument,
    "\n  mutation RemoveDeckSlide($id: ID!) {\n    removeDeckSlide(id: $id) { ...DeckFields }\n  }\n": typeof types.RemoveDeckSlideDocument,
    "\n  mutation ReorderDeckSlides($deckId: ID!, $slideIds: [ID!]!) {\n    reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ...DeckFields }\n  }\n": typeof types.ReorderDeckSlidesDocument,
    "\n  fragment AccountFields on Account {\n    id username displayName disabled mustChangePassword lastLoginAt createdAt createdBy\n    grants { role regionCode }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts { ...AccountFields }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) { ...AccountFields }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountRoles($accountId: Int!, $grants: [RoleGrantInput!]!) {\n    setAccountRoles(accountId: $accountId, grants: $grants) { ...AccountFields }\n  }\n": typeof types.SetAccountRolesDocument,
    "\n  mutation SetAccountDisabled($accountId: Int!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { ...AccountFields }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation ResetAccountPassword($accountId: Int!, $password: String!) {\n    resetAccountPassword(accountId: $accountId, password: $password) { ...AccountFields }\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  query AccessTokens {\n    accessTokens { id name createdAt expiresAt lastUsedAt }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken { id name createdAt expiresAt lastUsedAt }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: Int!) {\n    revokeAccessToken(id: $id)\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  query CompareParent($code: String!) {\n    region(code: $code) { code name level kind children { code name level kind } }\n  }\n": typeof types.CompareParentDocument,
    "\n  query Comparison($indicator: String!, $parent: String!, $period: String) {\n    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ...ComparisonFields }\n  }\n": typeof types.ComparisonDocument,
    "\n  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {\n    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }\n  }\n": typeof types.ComparisonEarlierDocument,
    "\n  query ComparePeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n": typeof types.ComparePeriodsDocument,
    "\n  mutation ImportFile($file: Upload!, $dryRun: Boolean!, $indicator: String, $reason: String, $decimalComma: Boolean!, $publish: Boolean!, $draft: Boolean! = false) {\n    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, reason: $reason, decimalComma: $decimalComma, publish: $publish, draft: $draft) {\n      status layout fileName checksum durationMs importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n      previousImports { id fileName importedBy startedAt }\n    }\n  }\n": typeof types.ImportFileDocument,
    "\n  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          regionCode indicatorCode period value status updatedAt note\n          region { code name level kind }\n          source { title publisher url }\n        }\n      }\n    }\n  }\n": typeof types.ObservationsDocument,
    "\n  query Drafts($regionCode: String!) {\n    drafts(regionCode: $regionCode) { values targets revisions }\n  }\n": typeof types.DraftsDocument,
    "\n  mutation SubmitDrafts($regionCode: String!) {\n    submitDrafts(regionCode: $regionCode) { values targets revisions }\n  }\n": typeof types.SubmitDraftsDocument,
    "\n  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {\n    comparison(indicatorCode: $indicator, parentCode: \"ID\", period: $period) { ...ComparisonFields }\n    provinces: regions(level: PROVINCE) { code name level kind }\n    scorecard(documentCode: $document, parentCode: \"ID\", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {\n      cells { regionCode status }\n    }\n  }\n": typeof types.ProvinceMapDocument,
    "\n  query MapPeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n": typeof types.MapPeriodsDocument,
    "\n  query Overview(\n    $region: String!\n    $document: String!\n    $indicators: [String!]!\n    $parent: String\n    $withPeers: Boolean!\n    $withTargets: Boolean!\n  ) {\n    seriesGrid(indicatorCodes: $indicators, regionCodes: [$region]) {\n      ...SeriesFields\n      latestChange { period previousPeriod change changeNotComparable }\n    }\n    scorecard(documentCode: $document, regionCodes: [$region], indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n    comparisons(indicatorCodes: $indicators, parentCode: $parent) @include(if: $withPeers) {\n      indicatorCode period nationalValue nationalPeriod summary { count } rows { regionCode rank }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query OverviewRegionsBelow($region: String!, $document: String!, $indicators: [String!]!, $withTargets: Boolean!) {\n    region(code: $region) { code children { code name level kind } }\n    comparisons(indicatorCodes: $indicators, parentCode: $region) {\n      indicatorCode period previousPeriod\n      rows { regionCode value previousValue change changeNotComparable }\n    }\n    scorecard(documentCode: $document, parentCode: $region, indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { regionCode indicatorCode latest { period value } target { year value lowerBound upperBound } }\n    }\n  }\n": typeof types.OverviewRegionsBelowDocument,
    "\n  query CategoryYears($indicator: String!, $region: String!) {\n    region(code: $region) { code name level }\n    breakdownYears(indicatorCode: $indicator, regionCode: $region)\n  }\n": typeof types.CategoryYearsDocument,
    "\n  query CategoryProfile($indicator: String!, $region: String!, $year: Int!, $below: Boolean!) {\n    profile: breakdownProfile(indicatorCode: $indicator, regionCode: $region, year: $year) {\n      ...CategoryProfileFields\n      setNameId\n      setNameEn\n      noChangeReasonId\n      noChangeReasonEn\n      childrenCount\n      childrenWithData\n      missingRegions { code name }\n      missingCategoryCodes\n      categories { code position nameId nameEn value share previousValue change changePercent }\n      sources { title url publisher releasedOn }\n    }\n    below: breakdownProfiles(indicatorCode: $indicator, parentCode: $region, year: $year) @include(if: $below) {\n      ...CategoryProfileFields\n    }\n  }\n\n  fragment CategoryProfileFields on BreakdownProfile {\n    regionCode regionName year previousYear origin complete total previousTotal change\n  }\n": typeof types.CategoryProfileDocument,
    "\n  query Activities($location: String!) {\n    activities(filter: { locationCode: $location }, first: 1000) {\n      totalCount\n      nodes {\n        id year status programmeCode programmeName implementerCode implementerName locationCode locationName\n        district village fundingSource targetGroup { code nameId nameEn } description\n        budgetPlanned budgetRealised realisation\n        beneficiariesPlanned beneficiariesRealised dataAsOf\n        stages { stage plannedDate actualDate onTime }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivityBudget($implementer: String!, $fromYear: Int!, $toYear: Int!) {\n    activityBudget(implementerCodes: [$implementer], fromYear: $fromYear, toYear: $toYear) {\n      implementerCode implementerName points { year budgetPlanned budgetRealised realisation proposed }\n    }\n  }\n": typeof types.ActivityBudgetDocument,
    "\n  query ActivityYear($location: String!, $province: String!, $year: Int!, $programme: String!, $skipRanking: Boolean!) {\n    activityOverlaps(parentCode: $location, year: $year) {\n      status locationCode locationName targetGroupCode targetGroup { nameId nameEn } implementerCodes\n      activities { id implementerName }\n    }\n    activityRanking(programmeCode: $programme, parentCode: $province, year: $year) @skip(if: $skipRanking) {\n      rank regionCode regionName realisation onTime stagesDue stagesOnTime activities\n      reportsDue reportsReceived reportsMissing reportsOnTimeComplete dataResponse\n      realisationRank onTimeRank dataResponseRank\n    }\n  }\n": typeof types.ActivityYearDocument,
    "\n  query Programmes($code: String!, $parent: String) {\n    programmes { code scope parentCode nameId nameEn recipientUnit }\n    region(code: $code) { code name level kind children { code name level kind } }\n    own: programmeFigures(regionCodes: [$code]) { ...ProgrammeFigureFields }\n    below: programmeFigures(parentCode: $parent) { ...ProgrammeFigureFields }\n  }\n\n  fragment ProgrammeFigureFields on ProgrammeFigure {\n    programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption\n  }\n": typeof types.ProgrammesDocument,
    "\n  query Scorecard($document: String!, $parent: String!, $indicators: [String!]!) {\n    region(code: $parent) { code name level kind children { code name level kind } }\n    scorecard(documentCode: $document, parentCode: $parent, includeParent: true, indicatorCodes: $indicators) {\n      cells {\n        regionCode indicatorCode status targetRegionCode\n        latest { period value }\n        target { year value lowerBound upperBound }\n      }\n    }\n  }\n": typeof types.ScorecardDocument,
    "\n  query Trend($indicator: String!, $regions: [String!]!, $document: String!, $withTargets: Boolean!) {\n    series(indicatorCode: $indicator, regionCodes: $regions) { ...SeriesFields }\n    scorecard(documentCode: $document, regionCodes: $regions, indicatorCodes: [$indicator]) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n  }\n": typeof types.TrendDocument,
    "\n  query ReviewQueue($regionCode: String!) {\n    reviewQueue(regionCode: $regionCode) {\n      totalCount\n      items {\n        id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy submittedAt\n        fileName comment flags documentCode lowerBound upperBound\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewValues($decisions: [ReviewDecisionInput!]!) {\n    reviewValues(decisions: $decisions) { verified returned }\n  }\n": typeof types.ReviewValuesDocument,
    "\n  query ValueHistory($indicatorCode: String!, $regionCode: String!, $period: String!) {\n    valueHistory(indicatorCode: $indicatorCode, regionCode: $regionCode, period: $period) {\n      indicatorCode regionCode period value status reviewedBy reviewedAt reviewComment\n      created { id fileName checksum importedBy startedAt }\n      changes { at by field oldValue newValue reason importBatch { id fileName } }\n    }\n  }\n": typeof types.ValueHistoryDocument,
    "\n  mutation SubmitValues($values: [FormValueInput!]!, $dryRun: Boolean!, $decimalComma: Boolean!, $reason: String, $draft: Boolean! = false) {\n    submitValues(values: $values, dryRun: $dryRun, decimalComma: $decimalComma, reason: $reason, draft: $draft) {\n      status fileName importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n    }\n  }\n": typeof types.SubmitValuesDocument,
    "\n  query ChildRegions($parentCode: String!) {\n    regions(parentCode: $parentCode) { code name level kind }\n  }\n": typeof types.ChildRegionsDocument,
    "\n  query RegionExplorer($code: String!) {\n    region(code: $code) {\n      code bpsCode name level kind\n      ancestors { code name level }\n      children { code bpsCode name level kind }\n    }\n  }\n": typeof types.RegionExplorerDocument,
    "\n  query RegionExplorerSearch($search: String!) {\n    regions(search: $search, limit: 20) { code bpsCode name level kind }\n  }\n": typeof types.RegionExplorerSearchDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      anonymousAccess\n      seesUnverified\n      account { ...SessionAccount }\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionAccount on Account {\n    id username displayName mustChangePassword\n    grants { role regionCode }\n  }\n": types.SessionAccountFragmentDoc,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      account { ...SessionAccount }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionAccount }\n  }\n": types.ChangePasswordDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) { code name level kind }\n  }\n": types.RegionNameDocument,
    "\n  query Catalogue {\n    indicators {\n      code nameId nameEn unitId unitEn decimals direction periodicity periodMonths levels topic source\n      coverage { observations periods }\n      seriesBreaks { indicatorCode regionCode startsAt reasonId reasonEn }\n    }\n    planningDocuments {\n      code title kind startYear endYear regionCode legalBasis\n      targets { indicatorCode regionCode year value lowerBound upperBound baselineYear baselineValue note }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query RegionInfo($code: String!) {\n    region(code: $code) {\n      code name level kind parentCode\n      ancestors { code name level kind }\n    }\n  }\n": types.RegionInfoDocument,
    "\n  query RegionSearch($search: String!) {\n    regions(search: $search, limit: 15) { code bpsCode name level kind }\n  }\n": types.RegionSearchDocument,
    "\n  query Dataset {\n    dataset { kind label labelEn seed }\n  }\n": types.DatasetDocument,
    "\n  fragment SeriesFields on Series {\n    indicatorCode regionCode frequency\n    region { code name level kind }\n    points {\n      period value breakBefore breakReasonId breakReasonEn updatedAt\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n": types.SeriesFieldsFragmentDoc,
    "\n  fragment ProgressFields on TargetProgress {\n    regionCode indicatorCode status goal gapScore targetRegionCode\n    target { year value lowerBound upperBound }\n    baseline { period value }\n    latest { period value }\n    requiredChangePerYear actualChangePerYear projectedValue\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  fragment ComparisonFields on Comparison {\n    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level\n    parent { code name level kind }\n    summary { count min max }\n    rows {\n      rank quartile regionCode value previousValue change changeNotComparable differenceFromParent differenceFromNational\n      period updatedAt\n      region { code name level kind }\n      peers { code name level kind }\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n": types.ComparisonFieldsFragmentDoc,
    "\n  fragment DeckFields on Deck {\n    id title regionCode linkSharing ownerName canEdit canDelete createdAt updatedAt slideCount\n    slides { id position chart view title headline notes }\n  }\n": types.DeckFieldsFragmentDoc,
    "\n  query Decks {\n    decks { id title regionCode linkSharing slideCount createdAt updatedAt }\n  }\n": types.DecksDocument,
    "\n  query Deck($id: ID!) {\n    deck(id: $id) { ...DeckFields }\n  }\n": types.DeckDocument,
    "\n  mutation CreateDeck($input: NewDeckInput!) {\n    createDeck(input: $input) { ...DeckFields }\n  }\n": types.CreateDeckDocument,
    "\n  mutation RenameDeck($id: ID!, $title: String!) {\n    renameDeck(id: $id, title: $title) { ...DeckFields }\n  }\n": types.RenameDeckDocument,
    "\n  mutation SetDeckLinkSharing($id: ID!, $linkSharing: Boolean!) {\n    setDeckLinkSharing(id: $id, linkSharing: $linkSharing) { ...DeckFields }\n  }\n": types.SetDeckLinkSharingDocument,
    "\n  mutation DuplicateDeck($id: ID!, $title: String) {\n    duplicateDeck(id: $id, title: $title) { ...DeckFields }\n  }\n": types.DuplicateDeckDocument,
    "\n  mutation DeleteDeck($id: ID!) {\n    deleteDeck(id: $id)\n  }\n": types.DeleteDeckDocument,
    "\n  mutation AddDeckSlides($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {\n    addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ...DeckFields }\n  }\n": types.AddDeckSlidesDocument,
    "\n  mutation UpdateDeckSlide($id: ID!, $input: DeckSlideChanges!) {\n    updateDeckSlide(id: $id, input: $input) { ...DeckFields }\n  }\n": types.UpdateDeckSlideDocument,
    "\n  mutation RemoveDeckSlide($id: ID!) {\n    removeDeckSlide(id: $id) { ...DeckFields }\n  }\n": types.RemoveDeckSlideDocument,
    "\n  mutation ReorderDeckSlides($deckId: ID!, $slideIds: [ID!]!) {\n    reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ...DeckFields }\n  }\n": types.ReorderDeckSlidesDocument,
    "\n  fragment AccountFields on Account {\n    id username displayName disabled mustChangePassword lastLoginAt createdAt createdBy\n    grants { role regionCode }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts { ...AccountFields }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) { ...AccountFields }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountRoles($accountId: Int!, $grants: [RoleGrantInput!]!) {\n    setAccountRoles(accountId: $accountId, grants: $grants) { ...AccountFields }\n  }\n": types.SetAccountRolesDocument,
    "\n  mutation SetAccountDisabled($accountId: Int!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { ...AccountFields }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation ResetAccountPassword($accountId: Int!, $password: String!) {\n    resetAccountPassword(accountId: $accountId, password: $password) { ...AccountFields }\n  }\n": types.ResetAccountPasswordDocument,
    "\n  query AccessTokens {\n    accessTokens { id name createdAt expiresAt lastUsedAt }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken { id name createdAt expiresAt lastUsedAt }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: Int!) {\n    revokeAccessToken(id: $id)\n  }\n": types.RevokeAccessTokenDocument,
    "\n  query CompareParent($code: String!) {\n    region(code: $code) { code name level kind children { code name level kind } }\n  }\n": types.CompareParentDocument,
    "\n  query Comparison($indicator: String!, $parent: String!, $period: String) {\n    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ...ComparisonFields }\n  }\n": types.ComparisonDocument,
    "\n  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {\n    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }\n  }\n": types.ComparisonEarlierDocument,
    "\n  query ComparePeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n": types.ComparePeriodsDocument,
    "\n  mutation ImportFile($file: Upload!, $dryRun: Boolean!, $indicator: String, $reason: String, $decimalComma: Boolean!, $publish: Boolean!, $draft: Boolean! = false) {\n    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, reason: $reason, decimalComma: $decimalComma, publish: $publish, draft: $draft) {\n      status layout fileName checksum durationMs importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n      previousImports { id fileName importedBy startedAt }\n    }\n  }\n": types.ImportFileDocument,
    "\n  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          regionCode indicatorCode period value status updatedAt note\n          region { code name level kind }\n          source { title publisher url }\n        }\n      }\n    }\n  }\n": types.ObservationsDocument,
    "\n  query Drafts($regionCode: String!) {\n    drafts(regionCode: $regionCode) { values targets revisions }\n  }\n": types.DraftsDocument,
    "\n  mutation SubmitDrafts($regionCode: String!) {\n    submitDrafts(regionCode: $regionCode) { values targets revisions }\n  }\n": types.SubmitDraftsDocument,
    "\n  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {\n    comparison(indicatorCode: $indicator, parentCode: \"ID\", period: $period) { ...ComparisonFields }\n    provinces: regions(level: PROVINCE) { code name level kind }\n    scorecard(documentCode: $document, parentCode: \"ID\", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {\n      cells { regionCode status }\n    }\n  }\n": types.ProvinceMapDocument,
    "\n  query MapPeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n": types.MapPeriodsDocument,
    "\n  query Overview(\n    $region: String!\n    $document: String!\n    $indicators: [String!]!\n    $parent: String\n    $withPeers: Boolean!\n    $withTargets: Boolean!\n  ) {\n    seriesGrid(indicatorCodes: $indicators, regionCodes: [$region]) {\n      ...SeriesFields\n      latestChange { period previousPeriod change changeNotComparable }\n    }\n    scorecard(documentCode: $document, regionCodes: [$region], indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n    comparisons(indicatorCodes: $indicators, parentCode: $parent) @include(if: $withPeers) {\n      indicatorCode period nationalValue nationalPeriod summary { count } rows { regionCode rank }\n    }\n  }\n": types.OverviewDocument,
    "\n  query OverviewRegionsBelow($region: String!, $document: String!, $indicators: [String!]!, $withTargets: Boolean!) {\n    region(code: $region) { code children { code name level kind } }\n    comparisons(indicatorCodes: $indicators, parentCode: $region) {\n      indicatorCode period previousPeriod\n      rows { regionCode value previousValue change changeNotComparable }\n    }\n    scorecard(documentCode: $document, parentCode: $region, indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { regionCode indicatorCode latest { period value } target { year value lowerBound upperBound } }\n    }\n  }\n": types.OverviewRegionsBelowDocument,
    "\n  query CategoryYears($indicator: String!, $region: String!) {\n    region(code: $region) { code name level }\n    breakdownYears(indicatorCode: $indicator, regionCode: $region)\n  }\n": types.CategoryYearsDocument,
    "\n  query CategoryProfile($indicator: String!, $region: String!, $year: Int!, $below: Boolean!) {\n    profile: breakdownProfile(indicatorCode: $indicator, regionCode: $region, year: $year) {\n      ...CategoryProfileFields\n      setNameId\n      setNameEn\n      noChangeReasonId\n      noChangeReasonEn\n      childrenCount\n      childrenWithData\n      missingRegions { code name }\n      missingCategoryCodes\n      categories { code position nameId nameEn value share previousValue change changePercent }\n      sources { title url publisher releasedOn }\n    }\n    below: breakdownProfiles(indicatorCode: $indicator, parentCode: $region, year: $year) @include(if: $below) {\n      ...CategoryProfileFields\n    }\n  }\n\n  fragment CategoryProfileFields on BreakdownProfile {\n    regionCode regionName year previousYear origin complete total previousTotal change\n  }\n": types.CategoryProfileDocument,
    "\n  query Activities($location: String!) {\n    activities(filter: { locationCode: $location }, first: 1000) {\n      totalCount\n      nodes {\n        id year status programmeCode programmeName implementerCode implementerName locationCode locationName\n        district village fundingSource targetGroup { code nameId nameEn } description\n        budgetPlanned budgetRealised realisation\n        beneficiariesPlanned beneficiariesRealised dataAsOf\n        stages { stage plannedDate actualDate onTime }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivityBudget($implementer: String!, $fromYear: Int!, $toYear: Int!) {\n    activityBudget(implementerCodes: [$implementer], fromYear: $fromYear, toYear: $toYear) {\n      implementerCode implementerName points { year budgetPlanned budgetRealised realisation proposed }\n    }\n  }\n": types.ActivityBudgetDocument,
    "\n  query ActivityYear($location: String!, $province: String!, $year: Int!, $programme: String!, $skipRanking: Boolean!) {\n    activityOverlaps(parentCode: $location, year: $year) {\n      status locationCode locationName targetGroupCode targetGroup { nameId nameEn } implementerCodes\n      activities { id implementerName }\n    }\n    activityRanking(programmeCode: $programme, parentCode: $province, year: $year) @skip(if: $skipRanking) {\n      rank regionCode regionName realisation onTime stagesDue stagesOnTime activities\n      reportsDue reportsReceived reportsMissing reportsOnTimeComplete dataResponse\n      realisationRank onTimeRank dataResponseRank\n    }\n  }\n": types.ActivityYearDocument,
    "\n  query Programmes($code: String!, $parent: String) {\n    programmes { code scope parentCode nameId nameEn recipientUnit }\n    region(code: $code) { code name level kind children { code name level kind } }\n    own: programmeFigures(regionCodes: [$code]) { ...ProgrammeFigureFields }\n    below: programmeFigures(parentCode: $parent) { ...ProgrammeFigureFields }\n  }\n\n  fragment ProgrammeFigureFields on ProgrammeFigure {\n    programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption\n  }\n": types.ProgrammesDocument,
    "\n  query Scorecard($document: String!, $parent: String!, $indicators: [String!]!) {\n    region(code: $parent) { code name level kind children { code name level kind } }\n    scorecard(documentCode: $document, parentCode: $parent, includeParent: true, indicatorCodes: $indicators) {\n      cells {\n        regionCode indicatorCode status targetRegionCode\n        latest { period value }\n        target { year value lowerBound upperBound }\n      }\n    }\n  }\n": types.ScorecardDocument,
    "\n  query Trend($indicator: String!, $regions: [String!]!, $document: String!, $withTargets: Boolean!) {\n    series(indicatorCode: $indicator, regionCodes: $regions) { ...SeriesFields }\n    scorecard(documentCode: $document, regionCodes: $regions, indicatorCodes: [$indicator]) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n  }\n": types.TrendDocument,
    "\n  query ReviewQueue($regionCode: String!) {\n    reviewQueue(regionCode: $regionCode) {\n      totalCount\n      items {\n        id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy submittedAt\n        fileName comment flags documentCode lowerBound upperBound\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewValues($decisions: [ReviewDecisionInput!]!) {\n    reviewValues(decisions: $decisions) { verified returned }\n  }\n": types.ReviewValuesDocument,
    "\n  query ValueHistory($indicatorCode: String!, $regionCode: String!, $period: String!) {\n    valueHistory(indicatorCode: $indicatorCode, regionCode: $regionCode, period: $period) {\n      indicatorCode regionCode period value status reviewedBy reviewedAt reviewComment\n      created { id fileName checksum importedBy startedAt }\n      changes { at by field oldValue newValue reason importBatch { id fileName } }\n    }\n  }\n": types.ValueHistoryDocument,
    "\n  mutation SubmitValues($values: [FormValueInput!]!, $dryRun: Boolean!, $decimalComma: Boolean!, $reason: String, $draft: Boolean! = false) {\n    submitValues(values: $values, dryRun: $dryRun, decimalComma: $decimalComma, reason: $reason, draft: $draft) {\n      status fileName importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n    }\n  }\n": types.SubmitValuesDocument,
    "\n  query ChildRegions($parentCode: String!) {\n    regions(parentCode: $parentCode) { code name level kind }\n  }\n": types.ChildRegionsDocument,
    "\n  query RegionExplorer($code: String!) {\n    region(code: $code) {\n      code bpsCode name level kind\n      ancestors { code name level }\n      children { code bpsCode name level kind }\n    }\n  }\n": types.RegionExplorerDocument,
    "\n  query RegionExplorerSearch($search: String!) {\n    regions(search: $search, limit: 20) { code bpsCode name level kind }\n  }\n": types.RegionExplorerSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      anonymousAccess\n      seesUnverified\n      account { ...SessionAccount }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      anonymousAccess\n      seesUnverified\n      account { ...SessionAccount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccount on Account {\n    id username displayName mustChangePassword\n    grants { role regionCode }\n  }\n"): (typeof documents)["\n  fragment SessionAccount on Account {\n    id username displayName mustChangePassword\n    grants { role regionCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      account { ...SessionAccount }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      account { ...SessionAccount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionAccount }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionAccount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionName($code: String!) {\n    region(code: $code) { code name level kind }\n  }\n"): (typeof documents)["\n  query RegionName($code: String!) {\n    region(code: $code) { code name level kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue {\n    indicators {\n      code nameId nameEn unitId unitEn decimals direction periodicity periodMonths levels topic source\n      coverage { observations periods }\n      seriesBreaks { indicatorCode regionCode startsAt reasonId reasonEn }\n    }\n    planningDocuments {\n      code title kind startYear endYear regionCode legalBasis\n      targets { indicatorCode regionCode year value lowerBound upperBound baselineYear baselineValue note }\n    }\n  }\n"): (typeof documents)["\n  query Catalogue {\n    indicators {\n      code nameId nameEn unitId unitEn decimals direction periodicity periodMonths levels topic source\n      coverage { observations periods }\n      seriesBreaks { indicatorCode regionCode startsAt reasonId reasonEn }\n    }\n    planningDocuments {\n      code title kind startYear endYear regionCode legalBasis\n      targets { indicatorCode regionCode year value lowerBound upperBound baselineYear baselineValue note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionInfo($code: String!) {\n    region(code: $code) {\n      code name level kind parentCode\n      ancestors { code name level kind }\n    }\n  }\n"): (typeof documents)["\n  query RegionInfo($code: String!) {\n    region(code: $code) {\n      code name level kind parentCode\n      ancestors { code name level kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSearch($search: String!) {\n    regions(search: $search, limit: 15) { code bpsCode name level kind }\n  }\n"): (typeof documents)["\n  query RegionSearch($search: String!) {\n    regions(search: $search, limit: 15) { code bpsCode name level kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dataset {\n    dataset { kind label labelEn seed }\n  }\n"): (typeof documents)["\n  query Dataset {\n    dataset { kind label labelEn seed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesFields on Series {\n    indicatorCode regionCode frequency\n    region { code name level kind }\n    points {\n      period value breakBefore breakReasonId breakReasonEn updatedAt\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesFields on Series {\n    indicatorCode regionCode frequency\n    region { code name level kind }\n    points {\n      period value breakBefore breakReasonId breakReasonEn updatedAt\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on TargetProgress {\n    regionCode indicatorCode status goal gapScore targetRegionCode\n    target { year value lowerBound upperBound }\n    baseline { period value }\n    latest { period value }\n    requiredChangePerYear actualChangePerYear projectedValue\n  }\n"): (typeof documents)["\n  fragment ProgressFields on TargetProgress {\n    regionCode indicatorCode status goal gapScore targetRegionCode\n    target { year value lowerBound upperBound }\n    baseline { period value }\n    latest { period value }\n    requiredChangePerYear actualChangePerYear projectedValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonFields on Comparison {\n    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level\n    parent { code name level kind }\n    summary { count min max }\n    rows {\n      rank quartile regionCode value previousValue change changeNotComparable differenceFromParent differenceFromNational\n      period updatedAt\n      region { code name level kind }\n      peers { code name level kind }\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonFields on Comparison {\n    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level\n    parent { code name level kind }\n    summary { count min max }\n    rows {\n      rank quartile regionCode value previousValue change changeNotComparable differenceFromParent differenceFromNational\n      period updatedAt\n      region { code name level kind }\n      peers { code name level kind }\n      source { title publisher url publisherUrl releaseDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeckFields on Deck {\n    id title regionCode linkSharing ownerName canEdit canDelete createdAt updatedAt slideCount\n    slides { id position chart view title headline notes }\n  }\n"): (typeof documents)["\n  fragment DeckFields on Deck {\n    id title regionCode linkSharing ownerName canEdit canDelete createdAt updatedAt slideCount\n    slides { id position chart view title headline notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decks {\n    decks { id title regionCode linkSharing slideCount createdAt updatedAt }\n  }\n"): (typeof documents)["\n  query Decks {\n    decks { id title regionCode linkSharing slideCount createdAt updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deck($id: ID!) {\n    deck(id: $id) { ...DeckFields }\n  }\n"): (typeof documents)["\n  query Deck($id: ID!) {\n    deck(id: $id) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeck($input: NewDeckInput!) {\n    createDeck(input: $input) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation CreateDeck($input: NewDeckInput!) {\n    createDeck(input: $input) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDeck($id: ID!, $title: String!) {\n    renameDeck(id: $id, title: $title) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation RenameDeck($id: ID!, $title: String!) {\n    renameDeck(id: $id, title: $title) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeckLinkSharing($id: ID!, $linkSharing: Boolean!) {\n    setDeckLinkSharing(id: $id, linkSharing: $linkSharing) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation SetDeckLinkSharing($id: ID!, $linkSharing: Boolean!) {\n    setDeckLinkSharing(id: $id, linkSharing: $linkSharing) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateDeck($id: ID!, $title: String) {\n    duplicateDeck(id: $id, title: $title) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation DuplicateDeck($id: ID!, $title: String) {\n    duplicateDeck(id: $id, title: $title) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeck($id: ID!) {\n    deleteDeck(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDeck($id: ID!) {\n    deleteDeck(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDeckSlides($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {\n    addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation AddDeckSlides($deckId: ID!, $slides: [DeckSlideInput!]!, $position: Int) {\n    addDeckSlides(deckId: $deckId, slides: $slides, position: $position) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeckSlide($id: ID!, $input: DeckSlideChanges!) {\n    updateDeckSlide(id: $id, input: $input) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation UpdateDeckSlide($id: ID!, $input: DeckSlideChanges!) {\n    updateDeckSlide(id: $id, input: $input) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDeckSlide($id: ID!) {\n    removeDeckSlide(id: $id) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation RemoveDeckSlide($id: ID!) {\n    removeDeckSlide(id: $id) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderDeckSlides($deckId: ID!, $slideIds: [ID!]!) {\n    reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ...DeckFields }\n  }\n"): (typeof documents)["\n  mutation ReorderDeckSlides($deckId: ID!, $slideIds: [ID!]!) {\n    reorderDeckSlides(deckId: $deckId, slideIds: $slideIds) { ...DeckFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id username displayName disabled mustChangePassword lastLoginAt createdAt createdBy\n    grants { role regionCode }\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id username displayName disabled mustChangePassword lastLoginAt createdAt createdBy\n    grants { role regionCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts { ...AccountFields }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts { ...AccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) { ...AccountFields }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: NewAccountInput!) {\n    createAccount(input: $input) { ...AccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountRoles($accountId: Int!, $grants: [RoleGrantInput!]!) {\n    setAccountRoles(accountId: $accountId, grants: $grants) { ...AccountFields }\n  }\n"): (typeof documents)["\n  mutation SetAccountRoles($accountId: Int!, $grants: [RoleGrantInput!]!) {\n    setAccountRoles(accountId: $accountId, grants: $grants) { ...AccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($accountId: Int!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { ...AccountFields }\n  }\n"): (typeof documents)["\n  mutation SetAccountDisabled($accountId: Int!, $disabled: Boolean!) {\n    setAccountDisabled(accountId: $accountId, disabled: $disabled) { ...AccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($accountId: Int!, $password: String!) {\n    resetAccountPassword(accountId: $accountId, password: $password) { ...AccountFields }\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($accountId: Int!, $password: String!) {\n    resetAccountPassword(accountId: $accountId, password: $password) { ...AccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens {\n    accessTokens { id name createdAt expiresAt lastUsedAt }\n  }\n"): (typeof documents)["\n  query AccessTokens {\n    accessTokens { id name createdAt expiresAt lastUsedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken { id name createdAt expiresAt lastUsedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken { id name createdAt expiresAt lastUsedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: Int!) {\n    revokeAccessToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: Int!) {\n    revokeAccessToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareParent($code: String!) {\n    region(code: $code) { code name level kind children { code name level kind } }\n  }\n"): (typeof documents)["\n  query CompareParent($code: String!) {\n    region(code: $code) { code name level kind children { code name level kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($indicator: String!, $parent: String!, $period: String) {\n    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ...ComparisonFields }\n  }\n"): (typeof documents)["\n  query Comparison($indicator: String!, $parent: String!, $period: String) {\n    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ...ComparisonFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {\n    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }\n  }\n"): (typeof documents)["\n  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {\n    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n"): (typeof documents)["\n  query ComparePeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFile($file: Upload!, $dryRun: Boolean!, $indicator: String, $reason: String, $decimalComma: Boolean!, $publish: Boolean!, $draft: Boolean! = false) {\n    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, reason: $reason, decimalComma: $decimalComma, publish: $publish, draft: $draft) {\n      status layout fileName checksum durationMs importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n      previousImports { id fileName importedBy startedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFile($file: Upload!, $dryRun: Boolean!, $indicator: String, $reason: String, $decimalComma: Boolean!, $publish: Boolean!, $draft: Boolean! = false) {\n    importFile(file: $file, dryRun: $dryRun, indicator: $indicator, reason: $reason, decimalComma: $decimalComma, publish: $publish, draft: $draft) {\n      status layout fileName checksum durationMs importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n      previousImports { id fileName importedBy startedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          regionCode indicatorCode period value status updatedAt note\n          region { code name level kind }\n          source { title publisher url }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          regionCode indicatorCode period value status updatedAt note\n          region { code name level kind }\n          source { title publisher url }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Drafts($regionCode: String!) {\n    drafts(regionCode: $regionCode) { values targets revisions }\n  }\n"): (typeof documents)["\n  query Drafts($regionCode: String!) {\n    drafts(regionCode: $regionCode) { values targets revisions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDrafts($regionCode: String!) {\n    submitDrafts(regionCode: $regionCode) { values targets revisions }\n  }\n"): (typeof documents)["\n  mutation SubmitDrafts($regionCode: String!) {\n    submitDrafts(regionCode: $regionCode) { values targets revisions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {\n    comparison(indicatorCode: $indicator, parentCode: \"ID\", period: $period) { ...ComparisonFields }\n    provinces: regions(level: PROVINCE) { code name level kind }\n    scorecard(documentCode: $document, parentCode: \"ID\", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {\n      cells { regionCode status }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {\n    comparison(indicatorCode: $indicator, parentCode: \"ID\", period: $period) { ...ComparisonFields }\n    provinces: regions(level: PROVINCE) { code name level kind }\n    scorecard(documentCode: $document, parentCode: \"ID\", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {\n      cells { regionCode status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n"): (typeof documents)["\n  query MapPeriods($indicator: String!, $codes: [String!]!) {\n    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview(\n    $region: String!\n    $document: String!\n    $indicators: [String!]!\n    $parent: String\n    $withPeers: Boolean!\n    $withTargets: Boolean!\n  ) {\n    seriesGrid(indicatorCodes: $indicators, regionCodes: [$region]) {\n      ...SeriesFields\n      latestChange { period previousPeriod change changeNotComparable }\n    }\n    scorecard(documentCode: $document, regionCodes: [$region], indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n    comparisons(indicatorCodes: $indicators, parentCode: $parent) @include(if: $withPeers) {\n      indicatorCode period nationalValue nationalPeriod summary { count } rows { regionCode rank }\n    }\n  }\n"): (typeof documents)["\n  query Overview(\n    $region: String!\n    $document: String!\n    $indicators: [String!]!\n    $parent: String\n    $withPeers: Boolean!\n    $withTargets: Boolean!\n  ) {\n    seriesGrid(indicatorCodes: $indicators, regionCodes: [$region]) {\n      ...SeriesFields\n      latestChange { period previousPeriod change changeNotComparable }\n    }\n    scorecard(documentCode: $document, regionCodes: [$region], indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n    comparisons(indicatorCodes: $indicators, parentCode: $parent) @include(if: $withPeers) {\n      indicatorCode period nationalValue nationalPeriod summary { count } rows { regionCode rank }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRegionsBelow($region: String!, $document: String!, $indicators: [String!]!, $withTargets: Boolean!) {\n    region(code: $region) { code children { code name level kind } }\n    comparisons(indicatorCodes: $indicators, parentCode: $region) {\n      indicatorCode period previousPeriod\n      rows { regionCode value previousValue change changeNotComparable }\n    }\n    scorecard(documentCode: $document, parentCode: $region, indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { regionCode indicatorCode latest { period value } target { year value lowerBound upperBound } }\n    }\n  }\n"): (typeof documents)["\n  query OverviewRegionsBelow($region: String!, $document: String!, $indicators: [String!]!, $withTargets: Boolean!) {\n    region(code: $region) { code children { code name level kind } }\n    comparisons(indicatorCodes: $indicators, parentCode: $region) {\n      indicatorCode period previousPeriod\n      rows { regionCode value previousValue change changeNotComparable }\n    }\n    scorecard(documentCode: $document, parentCode: $region, indicatorCodes: $indicators) @include(if: $withTargets) {\n      cells { regionCode indicatorCode latest { period value } target { year value lowerBound upperBound } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryYears($indicator: String!, $region: String!) {\n    region(code: $region) { code name level }\n    breakdownYears(indicatorCode: $indicator, regionCode: $region)\n  }\n"): (typeof documents)["\n  query CategoryYears($indicator: String!, $region: String!) {\n    region(code: $region) { code name level }\n    breakdownYears(indicatorCode: $indicator, regionCode: $region)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryProfile($indicator: String!, $region: String!, $year: Int!, $below: Boolean!) {\n    profile: breakdownProfile(indicatorCode: $indicator, regionCode: $region, year: $year) {\n      ...CategoryProfileFields\n      setNameId\n      setNameEn\n      noChangeReasonId\n      noChangeReasonEn\n      childrenCount\n      childrenWithData\n      missingRegions { code name }\n      missingCategoryCodes\n      categories { code position nameId nameEn value share previousValue change changePercent }\n      sources { title url publisher releasedOn }\n    }\n    below: breakdownProfiles(indicatorCode: $indicator, parentCode: $region, year: $year) @include(if: $below) {\n      ...CategoryProfileFields\n    }\n  }\n\n  fragment CategoryProfileFields on BreakdownProfile {\n    regionCode regionName year previousYear origin complete total previousTotal change\n  }\n"): (typeof documents)["\n  query CategoryProfile($indicator: String!, $region: String!, $year: Int!, $below: Boolean!) {\n    profile: breakdownProfile(indicatorCode: $indicator, regionCode: $region, year: $year) {\n      ...CategoryProfileFields\n      setNameId\n      setNameEn\n      noChangeReasonId\n      noChangeReasonEn\n      childrenCount\n      childrenWithData\n      missingRegions { code name }\n      missingCategoryCodes\n      categories { code position nameId nameEn value share previousValue change changePercent }\n      sources { title url publisher releasedOn }\n    }\n    below: breakdownProfiles(indicatorCode: $indicator, parentCode: $region, year: $year) @include(if: $below) {\n      ...CategoryProfileFields\n    }\n  }\n\n  fragment CategoryProfileFields on BreakdownProfile {\n    regionCode regionName year previousYear origin complete total previousTotal change\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($location: String!) {\n    activities(filter: { locationCode: $location }, first: 1000) {\n      totalCount\n      nodes {\n        id year status programmeCode programmeName implementerCode implementerName locationCode locationName\n        district village fundingSource targetGroup { code nameId nameEn } description\n        budgetPlanned budgetRealised realisation\n        beneficiariesPlanned beneficiariesRealised dataAsOf\n        stages { stage plannedDate actualDate onTime }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($location: String!) {\n    activities(filter: { locationCode: $location }, first: 1000) {\n      totalCount\n      nodes {\n        id year status programmeCode programmeName implementerCode implementerName locationCode locationName\n        district village fundingSource targetGroup { code nameId nameEn } description\n        budgetPlanned budgetRealised realisation\n        beneficiariesPlanned beneficiariesRealised dataAsOf\n        stages { stage plannedDate actualDate onTime }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityBudget($implementer: String!, $fromYear: Int!, $toYear: Int!) {\n    activityBudget(implementerCodes: [$implementer], fromYear: $fromYear, toYear: $toYear) {\n      implementerCode implementerName points { year budgetPlanned budgetRealised realisation proposed }\n    }\n  }\n"): (typeof documents)["\n  query ActivityBudget($implementer: String!, $fromYear: Int!, $toYear: Int!) {\n    activityBudget(implementerCodes: [$implementer], fromYear: $fromYear, toYear: $toYear) {\n      implementerCode implementerName points { year budgetPlanned budgetRealised realisation proposed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityYear($location: String!, $province: String!, $year: Int!, $programme: String!, $skipRanking: Boolean!) {\n    activityOverlaps(parentCode: $location, year: $year) {\n      status locationCode locationName targetGroupCode targetGroup { nameId nameEn } implementerCodes\n      activities { id implementerName }\n    }\n    activityRanking(programmeCode: $programme, parentCode: $province, year: $year) @skip(if: $skipRanking) {\n      rank regionCode regionName realisation onTime stagesDue stagesOnTime activities\n      reportsDue reportsReceived reportsMissing reportsOnTimeComplete dataResponse\n      realisationRank onTimeRank dataResponseRank\n    }\n  }\n"): (typeof documents)["\n  query ActivityYear($location: String!, $province: String!, $year: Int!, $programme: String!, $skipRanking: Boolean!) {\n    activityOverlaps(parentCode: $location, year: $year) {\n      status locationCode locationName targetGroupCode targetGroup { nameId nameEn } implementerCodes\n      activities { id implementerName }\n    }\n    activityRanking(programmeCode: $programme, parentCode: $province, year: $year) @skip(if: $skipRanking) {\n      rank regionCode regionName realisation onTime stagesDue stagesOnTime activities\n      reportsDue reportsReceived reportsMissing reportsOnTimeComplete dataResponse\n      realisationRank onTimeRank dataResponseRank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($code: String!, $parent: String) {\n    programmes { code scope parentCode nameId nameEn recipientUnit }\n    region(code: $code) { code name level kind children { code name level kind } }\n    own: programmeFigures(regionCodes: [$code]) { ...ProgrammeFigureFields }\n    below: programmeFigures(parentCode: $parent) { ...ProgrammeFigureFields }\n  }\n\n  fragment ProgrammeFigureFields on ProgrammeFigure {\n    programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption\n  }\n"): (typeof documents)["\n  query Programmes($code: String!, $parent: String) {\n    programmes { code scope parentCode nameId nameEn recipientUnit }\n    region(code: $code) { code name level kind children { code name level kind } }\n    own: programmeFigures(regionCodes: [$code]) { ...ProgrammeFigureFields }\n    below: programmeFigures(parentCode: $parent) { ...ProgrammeFigureFields }\n  }\n\n  fragment ProgrammeFigureFields on ProgrammeFigure {\n    programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecard($document: String!, $parent: String!, $indicators: [String!]!) {\n    region(code: $parent) { code name level kind children { code name level kind } }\n    scorecard(documentCode: $document, parentCode: $parent, includeParent: true, indicatorCodes: $indicators) {\n      cells {\n        regionCode indicatorCode status targetRegionCode\n        latest { period value }\n        target { year value lowerBound upperBound }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Scorecard($document: String!, $parent: String!, $indicators: [String!]!) {\n    region(code: $parent) { code name level kind children { code name level kind } }\n    scorecard(documentCode: $document, parentCode: $parent, includeParent: true, indicatorCodes: $indicators) {\n      cells {\n        regionCode indicatorCode status targetRegionCode\n        latest { period value }\n        target { year value lowerBound upperBound }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($indicator: String!, $regions: [String!]!, $document: String!, $withTargets: Boolean!) {\n    series(indicatorCode: $indicator, regionCodes: $regions) { ...SeriesFields }\n    scorecard(documentCode: $document, regionCodes: $regions, indicatorCodes: [$indicator]) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n  }\n"): (typeof documents)["\n  query Trend($indicator: String!, $regions: [String!]!, $document: String!, $withTargets: Boolean!) {\n    series(indicatorCode: $indicator, regionCodes: $regions) { ...SeriesFields }\n    scorecard(documentCode: $document, regionCodes: $regions, indicatorCodes: [$indicator]) @include(if: $withTargets) {\n      cells { ...ProgressFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($regionCode: String!) {\n    reviewQueue(regionCode: $regionCode) {\n      totalCount\n      items {\n        id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy submittedAt\n        fileName comment flags documentCode lowerBound upperBound\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($regionCode: String!) {\n    reviewQueue(regionCode: $regionCode) {\n      totalCount\n      items {\n        id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy submittedAt\n        fileName comment flags documentCode lowerBound upperBound\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewValues($decisions: [ReviewDecisionInput!]!) {\n    reviewValues(decisions: $decisions) { verified returned }\n  }\n"): (typeof documents)["\n  mutation ReviewValues($decisions: [ReviewDecisionInput!]!) {\n    reviewValues(decisions: $decisions) { verified returned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValueHistory($indicatorCode: String!, $regionCode: String!, $period: String!) {\n    valueHistory(indicatorCode: $indicatorCode, regionCode: $regionCode, period: $period) {\n      indicatorCode regionCode period value status reviewedBy reviewedAt reviewComment\n      created { id fileName checksum importedBy startedAt }\n      changes { at by field oldValue newValue reason importBatch { id fileName } }\n    }\n  }\n"): (typeof documents)["\n  query ValueHistory($indicatorCode: String!, $regionCode: String!, $period: String!) {\n    valueHistory(indicatorCode: $indicatorCode, regionCode: $regionCode, period: $period) {\n      indicatorCode regionCode period value status reviewedBy reviewedAt reviewComment\n      created { id fileName checksum importedBy startedAt }\n      changes { at by field oldValue newValue reason importBatch { id fileName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitValues($values: [FormValueInput!]!, $dryRun: Boolean!, $decimalComma: Boolean!, $reason: String, $draft: Boolean! = false) {\n    submitValues(values: $values, dryRun: $dryRun, decimalComma: $decimalComma, reason: $reason, draft: $draft) {\n      status fileName importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitValues($values: [FormValueInput!]!, $dryRun: Boolean!, $decimalComma: Boolean!, $reason: String, $draft: Boolean! = false) {\n    submitValues(values: $values, dryRun: $dryRun, decimalComma: $decimalComma, reason: $reason, draft: $draft) {\n      status fileName importBatchId\n      counts { records inserted updated valueChanges metadataChanges unchanged missing }\n      errors { line column code message }\n      notices { line column code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildRegions($parentCode: String!) {\n    regions(parentCode: $parentCode) { code name level kind }\n  }\n"): (typeof documents)["\n  query ChildRegions($parentCode: String!) {\n    regions(parentCode: $parentCode) { code name level kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionExplorer($code: String!) {\n    region(code: $code) {\n      code bpsCode name level kind\n      ancestors { code name level }\n      children { code bpsCode name level kind }\n    }\n  }\n"): (typeof documents)["\n  query RegionExplorer($code: String!) {\n    region(code: $code) {\n      code bpsCode name level kind\n      ancestors { code name level }\n      children { code bpsCode name level kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionExplorerSearch($search: String!) {\n    regions(search: $search, limit: 20) { code bpsCode name level kind }\n  }\n"): (typeof documents)["\n  query RegionExplorerSearch($search: String!) {\n    regions(search: $search, limit: 20) { code bpsCode name level kind }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;