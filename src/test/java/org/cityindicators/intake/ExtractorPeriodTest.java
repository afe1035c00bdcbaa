package org.cityindicators.intake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.cityindicators.intake.Drafts.draft;
import static org.cityindicators.intake.Drafts.figures;
import static org.cityindicators.intake.Drafts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Periods and fiscal scopes of drafted figures, one behaviour at a time. */
class ExtractorPeriodTest {

    private static final LocalDate FEBRUARY_2024 = LocalDate.of(2024, 2, 1);

    @Test
    void relativeYearsAreResolvedAgainstTheReferenceDate() {
        assertEquals(List.of("budget.general.revenue consolidated 2024 planned 300 CNY_100M exact",
                        "budget.general.revenue consolidated 2023 actual 280 CNY_100M exact",
                        "budget.general.revenue consolidated 2023 actual 281 CNY_100M exact",
                        "budget.general.revenue consolidated 2023 actual 282 CNY_100M exact"),
                figures(draft("今年全市一般公共预算收入300亿元。去年全市一般公共预算收入280亿元。"
                        + "上年全市一般公共预算收入281亿元。过去一年全市一般公共预算收入282亿元。", FEBRUARY_2024)));
    }

    @Test
    void halfYearsAndQuartersBelongToTheYearInContext() {
        assertEquals(List.of("gdp - 2023-H1 actual 2500 CNY_100M exact", "gdp - 2023-Q1 actual 1200 CNY_100M exact",
                        "gdp - 2023-Q4 actual 1400 CNY_100M exact"),
                figures(draft("2023年上半年，全市GDP2500亿元。一季度GDP1200亿元。四季度GDP1400亿元。")));
    }

    @Test
    void monthRangesAreYearToDatePeriodsFromJanuary() {
        assertEquals(List.of("budget.general.revenue consolidated 2024-01/2024-04 actual 100 CNY_10K exact",
                        "budget.general.revenue consolidated 2024-01/2024-05 actual 120 CNY_10K exact",
                        "budget.general.revenue consolidated 2024-01/2024-06 actual 140 CNY_10K exact"),
                figures(draft("2024年1-4月，全市一般公共预算收入100万元。\n1至5月，全市一般公共预算收入120万元。\n"
                        + "1–6月，全市一般公共预算收入140万元。", LocalDate.of(2024, 7, 20))));
    }

    @Test
    void aMonthAloneIsThatMonth() {
        assertEquals(List.of("budget.general.revenue consolidated 2023-12 yoy_growth 58.1 PERCENT exact",
                        "budget.general.revenue consolidated 2023-11 actual 30 CNY_100M exact"),
                figures(draft("2023年全市一般公共预算收入12月当月增长58.1%。11月份全市一般公共预算收入30亿元。")));
    }

    @Test
    void aCumulativeWordMakesTheMonthInContextYearToDate() {
        assertEquals("budget.general.expenditure.livelihood consolidated 2024-01/2024-04 actual 1876543 CNY_10K exact",
                figures(draft("4月当月，全市一般公共预算收入298,765万元。\n全市民生支出累计1,876,543万元。",
                        LocalDate.of(2024, 5, 20))).get(1));
    }

    @Test
    void aPeriodGovernsTheFollowingClausesOfItsParagraphUntilAnotherIsNamed() {
        assertEquals(List.of("gdp - 2023 actual 5000 CNY_100M exact", "gdp.per_capita - 2023 actual 98765 CNY exact",
                        "gdp - 2022 actual 4800 CNY_100M exact"),
                figures(draft("2023年，全市GDP5000亿元。全市人均GDP98765元。2022年全市GDP4800亿元。")));
    }

    @Test
    void theYearInAComparisonIsNotTheFiguresPeriod() {
        assertEquals("gdp - 2023 yoy_growth 5.2 PERCENT exact", only("2023年全市GDP比上年增长5.2%。"));
    }

    @Test
    void aTargetWithNoPeriodInItsParagraphIsForTheReferenceDatesYear() {
        assertEquals("gdp - 2024 planned 6000 CNY_100M more_than",
                only("过去一年，江门抓项目强产业。\n要锚定GDP保持超6000亿元目标。", FEBRUARY_2024));
    }

    @Test
    void scopesAreNamedInTheSentenceOrCarriedFromEarlier() {
        assertEquals(List.of("budget.general.revenue municipal 2023 actual 50 CNY_100M exact",
                        "budget.general.expenditure municipal 2023 actual 60 CNY_100M exact",
                        "budget.general.revenue district_level 2023 actual 70 CNY_100M exact",
                        "budget.general.revenue consolidated 2023 actual 120 CNY_100M exact"),
                figures(draft("2023年市本级一般公共预算收入50亿元，一般公共预算支出60亿元。\n区级一般公共预算收入70亿元。\n"
                        + "全市一般公共预算收入120亿元。")));
    }

    @Test
    void onlyScopedIndicatorsHaveAScope() {
        assertEquals("gdp - 2023 actual 5000 CNY_100M exact", only("2023年全市GDP5000亿元。"));
    }
}
