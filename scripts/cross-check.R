# Reference figures from R's survey package for scripts/cross-check-r.sh.
# Usage: Rscript cross-check.R <dir> <lonely.psu option>
# Reads <dir>/data.csv, pop_strat.csv and pop_sex.csv; writes <dir>/r.csv (name,value) at full precision.
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
options(survey.lonely.psu = args[2])
d <- read.csv(file.path(dir, "data.csv"), stringsAsFactors = TRUE,
              colClasses = c(strat = "factor", psu = "factor", sex = "factor", infl = "factor"))
pop_strat <- read.csv(file.path(dir, "pop_strat.csv"), colClasses = c(strat = "factor"))
pop_sex <- read.csv(file.path(dir, "pop_sex.csv"), colClasses = c(sex = "factor"))
d$mentions <- d$b1 + d$b2 + d$b3 + d$b4
out <- list()
put <- function(name, value) out[[name]] <<- unname(as.numeric(value))

binaries <- c("b1", "b2", "b3", "b4")
estimates <- function(tag, des) {
  m <- svymean(~b1 + b2 + b3 + b4 + x, des, deff = TRUE)
  r <- svymean(~b1 + b2 + b3 + b4 + x, des, deff = "replace")
  for (v in c(binaries, "x")) {
    put(paste(tag, "mean", v, sep = "|"), coef(m)[v])
    put(paste(tag, "mean.se", v, sep = "|"), SE(m)[v])
    put(paste(tag, "deff", v, sep = "|"), deff(m)[v])
    put(paste(tag, "deff.replace", v, sep = "|"), deff(r)[v])
  }
  t <- svytotal(~b1 + b2 + b3 + b4, des)
  for (v in binaries) {
    put(paste(tag, "total", v, sep = "|"), coef(t)[v])
    put(paste(tag, "total.se", v, sep = "|"), SE(t)[v])
  }
  f <- svymean(~infl, des)
  for (l in levels(d$infl)) {
    put(paste(tag, "mean", paste0("infl=", l), sep = "|"), coef(f)[paste0("infl", l)])
    put(paste(tag, "mean.se", paste0("infl=", l), sep = "|"), SE(f)[paste0("infl", l)])
  }
  by <- svyby(~b1 + b2, ~sex, des, svymean)
  for (s in levels(d$sex)) for (v in c("b1", "b2")) {
    put(paste(tag, "by.sex", s, v, sep = "|"), by[s, v])
    put(paste(tag, "by.sex.se", s, v, sep = "|"), by[s, paste0("se.", v)])
  }
  byf <- svyby(~infl, ~strat, des, svymean)
  for (h in rownames(byf)) for (l in levels(d$infl)) {
    put(paste(tag, "by.strat", h, paste0("infl=", l), sep = "|"), byf[h, paste0("infl", l)])
    put(paste(tag, "by.strat.se", h, paste0("infl=", l), sep = "|"), byf[h, paste0("se.infl", l)])
  }
  ra <- svyratio(~b1, ~mentions, des)
  put(paste(tag, "ratio", "b1/mentions", sep = "|"), coef(ra))
  put(paste(tag, "ratio.se", "b1/mentions", sep = "|"), SE(ra))
  for (mt in c("logit", "likelihood", "xlogit", "beta", "asin", "mean")) {
    ci <- confint(svyciprop(~b1, des, method = mt))
    put(paste(tag, "ciprop", mt, "lower", sep = "|"), ci[1])
    put(paste(tag, "ciprop", mt, "upper", sep = "|"), ci[2])
  }
  bci <- svyby(~b1, ~sex, des, svyciprop, method = "logit", vartype = "ci")
  for (s in levels(d$sex)) {
    put(paste(tag, "by.sex.logit", s, "lower", sep = "|"), bci[s, "ci_l"])
    put(paste(tag, "by.sex.logit", s, "upper", sep = "|"), bci[s, "ci_u"])
  }
  lci <- svyby(~b1, ~sex, des, svyciprop, method = "likelihood", vartype = "ci")
  for (s in levels(d$sex)) {
    put(paste(tag, "by.sex.likelihood", s, "lower", sep = "|"), lci[s, "ci_l"])
    put(paste(tag, "by.sex.likelihood", s, "upper", sep = "|"), lci[s, "ci_u"])
  }
  ch <- svychisq(~infl + sex, des)
  put(paste(tag, "chisq", "F", sep = "|"), ch$statistic)
  put(paste(tag, "chisq", "ndf", sep = "|"), ch$parameter[1])
  put(paste(tag, "chisq", "ddf", sep = "|"), ch$parameter[2])
  put(paste(tag, "chisq", "p", sep = "|"), ch$p.value)
  c1 <- svychisq(~infl + sex, des, statistic = "Chisq")
  put(paste(tag, "chisq", "X2", sep = "|"), c1$statistic)
  put(paste(tag, "chisq", "X2.p", sep = "|"), c1$p.value)
}

base <- svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = d, nest = TRUE)
estimates("base", base)
estimates("fpc", svydesign(ids = ~psu, strata = ~strat, weights = ~w, data = d, nest = TRUE, fpc = ~fpc))
ps <- postStratify(base, ~sex, pop_sex)
estimates("poststrat", ps)
rk <- rake(base, list(~strat, ~sex), list(pop_strat, pop_sex))
estimates("rake", rk)

values <- unlist(out)
write.csv(data.frame(name = names(values), value = sprintf("%.17g", values)),
          file.path(dir, "r.csv"), row.names = FALSE, quote = TRUE)
