#pragma once
// A driver whose harness page is reachable over the DevTools Protocol (external Chromium, the embedded
// QtWebEngine, a Grid node through se:cdp): the JS heap, injected clicks and the end of the trace are the
// same CdpPage calls in each, so they live here once. Subclasses attach m_cdpPage to their page.

#include "core/browser/browser_driver.h"
#include "core/browser/cdp_page.h"

namespace inferscope::browser {

class CdpDriver : public BrowserDriver {
public:
    using BrowserDriver::BrowserDriver;

    /// CDP Performance.getMetrics on the harness page: JSHeapUsedSize and JSHeapTotalSize.
    bool requestJsHeap(std::function<void(double used, double total)> reply) override
    {
        return m_cdpPage.jsHeap(std::move(reply));
    }
    /// CDP Input.dispatchMouseEvent on the harness page.
    ClickResult click(int x, int y) override { return m_cdpPage.click(x, y); }
    bool finishTrace(std::function<void(const QByteArray &trace, const QString &error)> done) override
    {
        if (!m_settings.trace)
            return false;
        m_cdpPage.finishTrace(std::move(done), traceUnavailableReason());
        return true;
    }

protected:
    /// Why there is no trace when the page was never attached (default: protocolProblem()).
    virtual QString traceUnavailableReason() const { return protocolProblem(); }

    CdpPage m_cdpPage;
};

} // namespace inferscope::browser
