import type { documentsNl } from "./documents.nl.ts";

// Messages of the ordering documents in English: the same keys as documents.nl.ts.
export const documentsEn: Record<keyof typeof documentsNl, string> = {
  "documents.orderResponse.empty": "The order response is empty.",
  "documents.orderResponse.tooLarge": "The order response is larger than 1 MB.",
  "documents.orderResponse.unsafe":
    "The order response contains a DOCTYPE or an entity declaration. We do not accept such files.",
  "documents.orderResponse.malformed": "The order response is not well-formed XML.",
  "documents.orderResponse.notOrderResponse": "This file is not a UBL order response (OrderResponse).",
  "documents.orderResponse.missingOrderReference": "The order response does not say which order it answers.",
  "documents.orderResponse.unknownCode":
    "The order response has no usable response code. Expected AP (accepted), RE (rejected) or CA (accepted with changes).",
  "documents.orderResponse.invalidDate": "The date of the order response is invalid.",
  "documents.orderResponse.invalidLine": "A line of the order response has an invalid line number or quantity.",

  "documents.page": "Page {page} of {pages}",
  "documents.percent": "{value}%",
  "documents.enterpriseNumber": "Enterprise number {number}",
  "documents.contact": "Contact: {name}",
  "documents.route.framework_direct": "Order under a central purchasing body's framework agreement",
  "documents.route.framework_competition": "Order after a mini-competition under a framework agreement",
  "documents.route.low_value": "Low-value contract",
  "documents.decision.approved": "Approved",
  "documents.decision.rejected": "Rejected",
  "documents.leadTimeDays": "{days} days",
  "documents.yes": "Yes",
  "documents.lines.number": "No.",
  "documents.lines.description": "Description",
  "documents.lines.manufacturer": "Manufacturer / part no.",
  "documents.lines.quantity": "Qty",
  "documents.lines.unitPrice": "Unit price",
  "documents.lines.vat": "VAT",
  "documents.lines.total": "Total excl. VAT",
  "documents.lines.gtin": "GTIN {gtin}",
  "documents.lines.sellersItemId": "Supplier item no. {id}",
  "documents.totals.excl": "Total excl. VAT",
  "documents.totals.vat": "VAT",
  "documents.totals.vatRate": "VAT {rate} on {base}",
  "documents.totals.incl": "Total incl. VAT",
  "documents.field.orderNumber": "Purchase order number",
  "documents.field.issueDate": "Order date",
  "documents.field.portalReference": "VlaVirGem reference",
  "documents.field.route": "Award route",
  "documents.field.framework": "Framework agreement",
  "documents.field.frameworkValue": "{title} ({reference})",
  "documents.field.lot": "Lot",
  "documents.field.contractReference": "Contract reference",
  "documents.field.centralPurchasingBody": "Central purchasing body",
  "documents.field.accession": "Decision to join",
  "documents.field.accessionValue": "{body}, {date}",
  "documents.field.accessionValueWithReference": "{body}, {date} (reference {reference})",
  "documents.field.budgetCode": "Budget code",
  "documents.field.deliveryAddress": "Delivery address",
  "documents.field.requestedDate": "Requested delivery date",
  "documents.field.note": "Note",
  "documents.field.supplier": "Supplier",
  "documents.field.amount": "Amount",
  "documents.field.amountValue": "{excl} excl. VAT ({incl} incl. VAT)",
  "documents.field.approvingBody": "Competent body",

  "documents.po.title": "Purchase order",
  "documents.po.numberLine": "No. {orderNumber}",
  "documents.po.buyer": "Buyer",
  "documents.po.supplier": "Supplier",
  "documents.po.references": "Order details",
  "documents.po.lines": "Goods and services ordered",
  "documents.po.conditions": "Terms",
  "documents.po.conditions.framework":
    "This order is a contract under framework agreement {reference} “{title}”, concluded by {centralPurchasingBody} as central purchasing body. The terms of that framework agreement apply.",
  "documents.po.conditions.lowValue":
    "This order is a low-value contract (article 92 of the Belgian public procurement act of 17 June 2016). The contract is concluded when you receive this approved purchase order.",
  "documents.po.conditions.invoice":
    "Quote purchase order number {orderNumber} on your invoice and send the invoice electronically over the Peppol network (Peppol ID 0208:{enterpriseNumber}). We cannot process invoices without a purchase order number.",
  "documents.po.conditions.confirm":
    "Confirm the order and the delivery date with a Peppol order response or by e-mail to {email}.",
  "documents.po.conditions.confirmNoEmail": "Confirm the order and the delivery date with a Peppol order response.",
  "documents.po.approval": "Approval",
  "documents.po.approvedBy": "Approved by {body} ({person}) on {date}.",
  "documents.po.notApproved": "This purchase order has not been approved yet and is therefore not an order yet.",

  "documents.file.title": "Procurement file",
  "documents.file.subtitle": "Order {orderNumber} – {buyer}",
  "documents.file.summary": "Summary",
  "documents.file.legal": "Legal basis and check",
  "documents.file.legalBasis": "Legal basis",
  "documents.file.explanation": "Why this route",
  "documents.file.figures": "Figures of the check",
  "documents.file.figure": "Item",
  "documents.file.value": "Value",
  "documents.file.warnings": "Points of attention",
  "documents.file.noWarnings": "The check raised no points of attention.",
  "documents.file.framework": "Framework agreement",
  "documents.file.offers": "Offers consulted",
  "documents.file.offers.intro": "These offers were compared to choose the supplier.",
  "documents.file.offers.none": "No other offers were compared.",
  "documents.file.offers.supplier": "Supplier",
  "documents.file.offers.total": "Amount excl. VAT",
  "documents.file.offers.leadTime": "Lead time",
  "documents.file.offers.chosen": "Chosen",
  "documents.file.offers.note": "Note",
  "documents.file.competition": "Mini-competition report",
  "documents.file.competition.reference": "Reference",
  "documents.file.competition.deadline": "Deadline for offers",
  "documents.file.competition.criteria": "Award criteria",
  "documents.file.competition.criterion": "Criterion",
  "documents.file.competition.weight": "Weight",
  "documents.file.competition.ranking": "Ranking of the offers",
  "documents.file.competition.rank": "Rank",
  "documents.file.competition.supplier": "Tenderer",
  "documents.file.competition.score": "Score",
  "documents.file.competition.total": "Amount excl. VAT",
  "documents.file.competition.leadTime": "Lead time",
  "documents.file.competition.awarded": "Awarded to",
  "documents.file.competition.awardedAt": "Award date",
  "documents.file.competition.awardReason": "Reason for the award",
  "documents.file.approvals": "Approvals",
  "documents.file.approvals.none": "No approvals have been recorded yet.",
  "documents.file.approvals.body": "Body or role",
  "documents.file.approvals.person": "Person",
  "documents.file.approvals.decision": "Decision",
  "documents.file.approvals.date": "Date",
  "documents.file.approvals.comment": "Comment",
  "documents.file.parties": "Parties",
  "documents.file.lines": "Goods and services ordered",

  "documents.draft.title": "Draft decision",
  "documents.draft.for": "{body} – {buyer}",
  "documents.draft.noticeTitle": "Draft",
  "documents.draft.notice":
    "This draft was prepared by the VlaVirGem purchasing platform. Complete the text in square brackets and review the whole text before submitting it for decision. The binding version is the Dutch one.",
  "documents.draft.subject": "Subject",
  "documents.draft.subject.framework":
    "Purchase of ICT equipment from {supplier} under framework agreement {reference} – approval of order {orderNumber}",
  "documents.draft.subject.lowValue":
    "Purchase of ICT equipment from {supplier} as a low-value contract – approval of order {orderNumber}",
  "documents.draft.competence": "Competence",
  "documents.draft.competence.council":
    "The municipal council is competent under article 41, second paragraph, 10°, of the Flemish Local Government Decree of 22 December 2017, which gives the municipal council the power to set the award procedure and the terms of public contracts.",
  "documents.draft.competence.socialCouncil":
    "The council for social welfare is competent under article 78, second paragraph, 10°, of the Flemish Local Government Decree of 22 December 2017, which gives the council for social welfare the power to set the award procedure and the terms of public contracts.",
  "documents.draft.competence.college":
    "The board of mayor and aldermen is competent under article 56, §3, 5°, of the Flemish Local Government Decree of 22 December 2017, because this contract falls within day-to-day management as defined by the municipal council (article 41, second paragraph, 10°, a), of the same decree).",
  "documents.draft.competence.delegated":
    "This decision is taken by: {body}. That power rests on article 56, §3, 5°, and article 57 of the Flemish Local Government Decree of 22 December 2017 and on the decision of the board of mayor and aldermen of [date] delegating the setting of the award procedure and the terms of day-to-day management contracts.",
  "documents.draft.legal": "Legal basis",
  "documents.draft.legal.dlb": "The Flemish Local Government Decree of 22 December 2017.",
  "documents.draft.legal.dailyManagement": "The decision of the municipal council of [date] defining day-to-day management.",
  "documents.draft.legal.lawFramework":
    "The public procurement act of 17 June 2016, in particular article 2, 6° to 8° (central purchasing bodies), article 43 (framework agreements) and article 47, which exempts a contracting authority that uses a central purchasing body from running an award procedure itself.",
  "documents.draft.legal.lawLowValue":
    "The public procurement act of 17 June 2016, in particular article 92 (low-value contracts).",
  "documents.draft.legal.royalDecree":
    "The Royal Decree of 18 April 2017 on the award of public contracts in the classic sectors.",
  "documents.draft.legal.executionRules":
    "The Royal Decree of 14 January 2013 laying down the general rules for the performance of public contracts.",
  "documents.draft.legal.accession":
    "The decision of {accessionBody} of {date} to join framework agreement {reference} “{title}” of the central purchasing body {centralPurchasingBody}.",
  "documents.draft.legal.accessionWithReference":
    "The decision of {accessionBody} of {date} (reference {accessionReference}) to join framework agreement {reference} “{title}” of the central purchasing body {centralPurchasingBody}.",
  "documents.draft.legal.accessionUnknown":
    "The decision of [body] of [date] to join framework agreement {reference} “{title}” of the central purchasing body {centralPurchasingBody}.",
  "documents.draft.motivation": "Reasons",
  "documents.draft.motivation.context": "Background",
  "documents.draft.motivation.need.one":
    "{buyer} wants to buy ICT equipment from {supplier} for a total of {excl} excl. VAT, or {incl} incl. VAT. The order has one line; the details are in purchase order {orderNumber}.",
  "documents.draft.motivation.need.other":
    "{buyer} wants to buy ICT equipment from {supplier} for a total of {excl} excl. VAT, or {incl} incl. VAT. The order has {count} lines; the details are in purchase order {orderNumber}.",
  "documents.draft.motivation.argumentation": "Arguments",
  "documents.draft.motivation.framework":
    "{buyer} has joined framework agreement {reference} “{title}” ({lot}), concluded by {centralPurchasingBody} as central purchasing body. An authority that uses a central purchasing body need not run an award procedure itself (article 47 of the act of 17 June 2016).",
  "documents.draft.motivation.frameworkDirect":
    "The framework agreement sets the terms and prices. The order can therefore be placed directly with {supplier}, at the prices and on the terms of the framework agreement.",
  "documents.draft.motivation.competition":
    "The framework agreement was concluded with several operators. The parties to the framework agreement were therefore invited to compete again (mini-competition {competitionReference}, deadline {deadline}). The offers were assessed on these award criteria: {criteria}.",
  "documents.draft.motivation.competitionResult":
    "{supplier} submitted the most economically advantageous offer, with the highest score of {score} points.",
  "documents.draft.motivation.criterion": "{name} ({weight}%)",
  "documents.draft.motivation.lowValue":
    "The estimated value of the contract is {excl} excl. VAT. That amount stays below the threshold for a low-value contract that applies on the order date (article 92 of the act of 17 June 2016). Such a contract may be concluded by an accepted invoice; a purchase order approved in advance by the competent body records what was agreed.",
  "documents.draft.motivation.offers":
    "To safeguard competition, these offers were compared: {offers}. The offer of {supplier} was chosen.",
  "documents.draft.motivation.offer": "{supplier} ({amount})",
  "documents.draft.motivation.singleOffer": "One offer was compared. [Explain why no other suppliers were consulted.]",
  "documents.draft.motivation.check": "The purchasing platform's check found the following:",
  "documents.draft.motivation.warnings": "The check raised these points of attention:",
  "documents.draft.motivation.warningsAnswer": "[Explain how these points of attention were taken into account.]",
  "documents.draft.finance": "Financial consequences",
  "documents.draft.finance.text":
    "The expenditure is {excl} excl. VAT, plus {vat} VAT, or {incl} incl. VAT. The credit is provided in the multi-year plan under budget code {budgetCode}.",
  "documents.draft.finance.noBudgetCode": "[budget code]",
  "documents.draft.finance.visa": "[State the financial director's visa (number and date) if the expenditure requires one.]",
  "documents.draft.decision": "Decision",
  "documents.draft.article": "Article {number}",
  "documents.draft.article.approve":
    "The purchase of the goods and services listed in purchase order {orderNumber} is approved for {excl} excl. VAT, or {incl} incl. VAT.",
  "documents.draft.article.frameworkDirect":
    "The order is placed with {supplier}, {address}, enterprise number {enterpriseNumber}, under framework agreement {reference} “{title}” ({lot}) of the central purchasing body {centralPurchasingBody} and on the terms of that framework agreement.",
  "documents.draft.article.competition":
    "After mini-competition {competitionReference} among the parties to framework agreement {reference} “{title}” ({lot}) of the central purchasing body {centralPurchasingBody}, the contract is awarded to {supplier}, {address}, enterprise number {enterpriseNumber}, at a price of {excl} excl. VAT.",
  "documents.draft.article.lowValue":
    "The contract is awarded as a low-value contract to {supplier}, {address}, enterprise number {enterpriseNumber}, at a price of {excl} excl. VAT, or {incl} incl. VAT.",
  "documents.draft.article.budget": "The expenditure is charged to budget code {budgetCode}.",
  "documents.draft.article.send":
    "The contract is concluded by sending the approved purchase order {orderNumber} to the supplier.",
  "documents.draft.place": "Drawn up in {city} on [date].",
  "documents.draft.signature": "[Name, capacity and signature]",
};
